#include "graph/triple_json.h"

#include <nlohmann/json.hpp>

#include "graph/cameo.h"
#include "graph/names.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace geokg {
namespace {

using nlohmann::json;

Status ActorFromJson(const json& in, const char* field, ActorRef* actor, std::string* cameo_code) {
  if (!in.is_object() || !in.contains("id") || !in.contains("name") || !in["id"].is_string() ||
      !in["name"].is_string()) {
    return Status::InvalidArgument(std::string("\"") + field + "\" needs string fields \"id\" and \"name\"");
  }
  actor->id = in["id"].get<std::string>();
  actor->name = in["name"].get<std::string>();
  if (actor->id.empty()) return Status::InvalidArgument(std::string("\"") + field + ".id\" is empty");
  actor->type = ActorType::kOther;
  if (in.contains("type") && in["type"].is_string()) {
    auto type = ParseActorType(in["type"].get<std::string>());
    if (!type) return Status::InvalidArgument(std::string("unknown actor type in \"") + field + "\"");
    actor->type = *type;
  }
  actor->country = in.value("country", std::string());
  actor->surface = in.value("surface", std::string());
  *cameo_code = in.value("cameo_code", std::string());
  return Status::OK();
}

template <typename Enum>
Status EnumField(const json& in, const char* field, std::optional<Enum> (*parse)(std::string_view),
                 Enum* out) {
  if (!in.contains(field)) return Status::OK();
  if (!in[field].is_string()) return Status::InvalidArgument(std::string("\"") + field + "\" must be a string");
  auto value = parse(in[field].get<std::string>());
  if (!value) {
    return Status::InvalidArgument(std::string("unknown value \"") + in[field].get<std::string>() +
                                   "\" for \"" + field + "\"");
  }
  *out = *value;
  return Status::OK();
}

}  // namespace

namespace {

// Appends `text` as a JSON string: quotes, backslashes and control characters
// escaped, invalid UTF-8 bytes replaced by U+FFFD.
void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        default:
          if (c < 0x20) {
            static const char* kHex = "0123456789abcdef";
            out->append("\\u00");
            out->push_back(kHex[c >> 4]);
            out->push_back(kHex[c & 15]);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    size_t len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    bool valid = len > 0 && i + len <= text.size();
    for (size_t k = 1; valid && k < len; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    if (valid && IsValidUtf8(text.substr(i, len))) {
      out->append(text.substr(i, len));
      i += len;
    } else {
      out->append("\xEF\xBF\xBD");
      ++i;
    }
  }
  out->push_back('"');
}

void AppendField(const char* name, std::string_view value, std::string* out) {
  out->push_back('"');
  out->append(name);
  out->append("\":");
  AppendJsonString(value, out);
}

void AppendActor(const char* name, const ActorRef& actor, const std::string& cameo_code, std::string* out) {
  out->push_back('"');
  out->append(name);
  out->append("\":{");
  AppendField("id", actor.id, out);
  out->push_back(',');
  AppendField("name", actor.name, out);
  out->push_back(',');
  AppendField("type", ToString(actor.type), out);
  if (!actor.country.empty()) {
    out->push_back(',');
    AppendField("country", actor.country, out);
  }
  if (actor.type == ActorType::kSector && actor.id.size() > actor.country.size() + 1) {
    out->push_back(',');  // "KEN-COP": the sector's CAMEO agent code after the country's
    AppendField("sector", std::string_view(actor.id).substr(actor.country.size() + 1), out);
  }
  if (!actor.surface.empty()) {
    out->push_back(',');
    AppendField("surface", actor.surface, out);
  }
  if (!cameo_code.empty()) {
    out->push_back(',');
    AppendField("cameo_code", cameo_code, out);
  }
  out->push_back('}');
}

std::string FormatDouble(double value) {
  if (value == 0.0) return "0.0";  // -0.0 too: one spelling for zero
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.17g", value);
  // The shortest form that reads back the same value.
  for (int precision = 1; precision <= 17; ++precision) {
    char shorter[32];
    std::snprintf(shorter, sizeof(shorter), "%.*g", precision, value);
    if (std::strtod(shorter, nullptr) == value) return std::strchr(shorter, '.') || std::strchr(shorter, 'e') ? shorter : std::string(shorter) + ".0";
  }
  return buf;
}

}  // namespace

std::string TripleToJsonLine(const Triple& t) {
  std::string out;
  out.reserve(256 + t.evidence.text.size());
  out.push_back('{');
  AppendField("doc", t.doc, &out);
  out.append(",\"sentence\":" + std::to_string(t.evidence.sentence) + ",");
  AppendActor("subject", t.subject, t.subject_cameo_code, &out);
  out.push_back(',');
  AppendField("predicate", t.predicate, &out);
  out.push_back(',');
  AppendActor("object", t.object, t.object_cameo_code, &out);
  out.push_back(',');
  AppendField("kind", ToString(t.kind), &out);
  out.push_back(',');
  AppendField("polarity", ToString(t.polarity), &out);
  out.push_back(',');
  AppendField("modality", ToString(t.modality), &out);
  out.push_back(',');
  AppendField("cameo", t.cameo, &out);
  out.append(",\"quad\":" + std::to_string(t.quad) + ",\"goldstein\":" + FormatDouble(t.goldstein) + ",");
  AppendField("date", t.date, &out);
  out.push_back(',');
  AppendField("source", t.source, &out);
  out.append(",\"evidence\":{\"start\":" + std::to_string(t.evidence.start) +
             ",\"end\":" + std::to_string(t.evidence.end) + ",");
  AppendField("text", t.evidence.text, &out);
  out.append("}}");
  return out;
}

Status TripleFromJsonLine(std::string_view line, Triple* triple) {
  json in = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (in.is_discarded()) return Status::InvalidArgument("not valid JSON");
  if (!in.is_object()) return Status::InvalidArgument("a triple must be a JSON object");
  *triple = Triple();
  try {
    if (!in.contains("subject")) return Status::InvalidArgument("missing \"subject\"");
    if (!in.contains("object")) return Status::InvalidArgument("missing \"object\"");
    if (!in.contains("predicate") || !in["predicate"].is_string() ||
        in["predicate"].get<std::string>().empty()) {
      return Status::InvalidArgument("missing or empty \"predicate\"");
    }
    Status s = ActorFromJson(in["subject"], "subject", &triple->subject, &triple->subject_cameo_code);
    if (!s.ok()) return s;
    s = ActorFromJson(in["object"], "object", &triple->object, &triple->object_cameo_code);
    if (!s.ok()) return s;
    triple->predicate = in["predicate"].get<std::string>();
    triple->doc = in.value("doc", std::string());
    if ((s = EnumField(in, "kind", &ParseRelationKind, &triple->kind)); !s.ok()) return s;
    if ((s = EnumField(in, "polarity", &ParsePolarity, &triple->polarity)); !s.ok()) return s;
    if ((s = EnumField(in, "modality", &ParseModality, &triple->modality)); !s.ok()) return s;
    triple->cameo = in.value("cameo", std::string());
    if (in.contains("quad") && in["quad"].is_number_integer() &&
        (in["quad"].get<int64_t>() < INT32_MIN || in["quad"].get<int64_t>() > INT32_MAX ||
         (in["quad"].is_number_unsigned() && in["quad"].get<uint64_t>() > INT32_MAX))) {
      return Status::InvalidArgument("\"quad\" must be 0..4");
    }
    triple->quad = in.contains("quad") && in["quad"].is_number_integer() ? in["quad"].get<int>()
                                                                          : QuadClassOfCameo(triple->cameo);
    triple->goldstein = in.contains("goldstein") && in["goldstein"].is_number() ? in["goldstein"].get<double>() : 0.0;
    triple->date = in.value("date", std::string());
    triple->source = in.value("source", std::string());
    if (in.contains("sentence") && in["sentence"].is_number_unsigned()) {
      if (in["sentence"].get<uint64_t>() > UINT32_MAX) {
        return Status::InvalidArgument("\"sentence\" must be at most " + std::to_string(UINT32_MAX));
      }
      triple->evidence.sentence = in["sentence"].get<uint32_t>();
    }
    if (in.contains("evidence") && in["evidence"].is_object()) {
      const json& ev = in["evidence"];
      triple->evidence.start = ev.value("start", uint64_t{0});
      triple->evidence.end = ev.value("end", uint64_t{0});
      triple->evidence.text = ev.value("text", std::string());
    }
  } catch (const json::exception& e) {
    return Status::InvalidArgument(std::string("bad field type: ") + e.what());
  }
  return Status::OK();
}

}  // namespace geokg
