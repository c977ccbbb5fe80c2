// The store's record codec on arbitrary bytes: decoding never crashes, and
// whatever decodes re-encodes to bytes that decode to the same encoding.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "store/codec.h"
#include "store/link_summary.h"

namespace {

using namespace geokg::store;

template <typename Value, typename Decode, typename Encode>
void RoundTrip(std::string_view in, Decode decode, Encode encode) {
  Value value;
  if (!decode(in, &value)) return;
  std::string once = encode(value);
  Value again;
  if (!decode(once, &again)) std::abort();
  if (encode(again) != once) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 6) {
    case 0:
      RoundTrip<ActorAgg>(in, [](std::string_view s, ActorAgg* v) { return DecodeActorAgg(s, v); },
                          [](const ActorAgg& v) { return EncodeActorAgg(v); });
      break;
    case 1:
      RoundTrip<EdgeAgg>(in, [](std::string_view s, EdgeAgg* v) { return DecodeEdgeAgg(s, v); },
                         [](const EdgeAgg& v) { return EncodeEdgeAgg(v); });
      break;
    case 2:
      RoundTrip<EvidenceValue>(in, [](std::string_view s, EvidenceValue* v) { return DecodeEvidence(s, v); },
                               [](const EvidenceValue& v) { return EncodeEvidence(v); });
      break;
    case 3:
      RoundTrip<DocValue>(in, [](std::string_view s, DocValue* v) { return DecodeDoc(s, v); },
                          [](const DocValue& v) { return EncodeDoc(v); });
      break;
    case 4:
      RoundTrip<LinkList>(in, [](std::string_view s, LinkList* v) { return DecodeLinkList(s, v); },
                          [](const LinkList& v) {
                            std::string out;
                            EncodeLinkList(v, &out);
                            return out;
                          });
      break;
    default:
      RoundTrip<std::vector<ContribTriple>>(
          in, [](std::string_view s, std::vector<ContribTriple>* v) { return DecodeContrib(s, v); },
          [](const std::vector<ContribTriple>& v) { return EncodeContrib(v); });
  }
  return 0;
}
