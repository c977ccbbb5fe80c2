#include "store/triple_line_parser.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <optional>
#include <nlohmann/json.hpp>

#include "graph/cameo.h"
#include "graph/triple_json.h"

namespace geokg::store {

namespace {

using json = nlohmann::json;

// Fields, each a bit so that a duplicate is noticed.
constexpr uint32_t kDoc = 1u << 0, kSentence = 1u << 1, kSubject = 1u << 2, kPredicate = 1u << 3,
                   kObject = 1u << 4, kKind = 1u << 5, kPolarity = 1u << 6, kModality = 1u << 7,
                   kCameo = 1u << 8, kQuad = 1u << 9, kGoldstein = 1u << 10, kDate = 1u << 11,
                   kSource = 1u << 12, kEvidence = 1u << 13;
// inside subject/object, and inside evidence
constexpr uint32_t kId = 1u << 16, kName = 1u << 17, kType = 1u << 18, kCountry = 1u << 19, kSurface = 1u << 20;
constexpr uint32_t kStart = 1u << 24, kEnd = 1u << 25, kText = 1u << 26;

// Decodes the usual shape; any surprise makes a handler return false, which
// stops the parse and leaves the line to the full parser.
class Handler : public nlohmann::json_sax<json> {
 public:
  explicit Handler(Triple* t) : t_(t) {}

  bool Complete() const {
    constexpr uint32_t kActorNeeds = kId | kName;
    return (top_ & (kSubject | kObject | kPredicate)) == (kSubject | kObject | kPredicate) &&
           (subject_ & kActorNeeds) == kActorNeeds && (object_ & kActorNeeds) == kActorNeeds &&
           !t_->subject.id.empty() && !t_->object.id.empty() && !t_->predicate.empty();
  }
  bool has_quad() const { return top_ & kQuad; }

  bool null() override { return false; }
  bool boolean(bool) override { return false; }
  bool binary(binary_t&) override { return false; }
  bool start_array(std::size_t) override { return false; }
  bool end_array() override { return false; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

  bool start_object(std::size_t) override {
    ++depth_;
    if (depth_ == 1) return true;
    if (depth_ != 2) return false;
    switch (field_) {
      case kSubject: in_ = &subject_; actor_ = &t_->subject; return true;
      case kObject: in_ = &object_; actor_ = &t_->object; return true;
      case kEvidence: in_ = &evidence_; actor_ = nullptr; return true;
      default: return false;
    }
  }
  bool end_object() override {
    --depth_;
    if (depth_ == 1) in_ = nullptr;
    return true;
  }

  bool key(string_t& k) override {
    uint32_t f = 0;
    if (depth_ == 1) {
      f = TopField(k);
      if (!f || (top_ & f)) return false;
      top_ |= f;
    } else if (in_ == &evidence_) {
      f = k == "start" ? kStart : k == "end" ? kEnd : k == "text" ? kText : 0u;
      if (!f || (evidence_ & f)) return false;
      evidence_ |= f;
    } else {
      f = k == "id" ? kId : k == "name" ? kName : k == "type" ? kType : k == "country" ? kCountry
        : k == "surface" ? kSurface : 0u;
      if (!f || (*in_ & f)) return false;
      *in_ |= f;
    }
    field_ = f;
    return true;
  }

  bool string(string_t& v) override {
    switch (field_) {
      case kDoc: t_->doc = std::move(v); return true;
      case kPredicate: t_->predicate = std::move(v); return true;
      case kKind: return Enum(v, &ParseRelationKind, &t_->kind);
      case kPolarity: return Enum(v, &ParsePolarity, &t_->polarity);
      case kModality: return Enum(v, &ParseModality, &t_->modality);
      case kCameo: t_->cameo = std::move(v); return true;
      case kDate: t_->date = std::move(v); return true;
      case kSource: t_->source = std::move(v); return true;
      case kId: actor_->id = std::move(v); return true;
      case kName: actor_->name = std::move(v); return true;
      case kType: return Enum(v, &ParseActorType, &actor_->type);
      case kCountry: actor_->country = std::move(v); return true;
      case kSurface: actor_->surface = std::move(v); return true;
      case kText: t_->evidence.text = std::move(v); return true;
      default: return false;
    }
  }

  bool number_unsigned(number_unsigned_t v) override {
    switch (field_) {
      case kSentence:
        if (v > UINT32_MAX) return false;  // the full parser reports it
        t_->evidence.sentence = static_cast<uint32_t>(v);
        return true;
      case kStart: t_->evidence.start = v; return true;
      case kEnd: t_->evidence.end = v; return true;
      case kGoldstein: t_->goldstein = static_cast<double>(v); return true;
      case kQuad:
        if (v > static_cast<uint64_t>(std::numeric_limits<int>::max())) return false;
        t_->quad = static_cast<int>(v);
        return true;
      default: return false;
    }
  }
  bool number_integer(number_integer_t v) override {  // negative integers
    switch (field_) {
      case kGoldstein: t_->goldstein = static_cast<double>(v); return true;
      case kQuad:
        if (v < std::numeric_limits<int>::min()) return false;
        t_->quad = static_cast<int>(v);
        return true;
      default: return false;
    }
  }
  bool number_float(number_float_t v, const string_t&) override {
    if (field_ != kGoldstein) return false;
    t_->goldstein = v;
    return true;
  }

 private:
  static uint32_t TopField(const std::string& k) {
    switch (k.size()) {
      case 3: return k == "doc" ? kDoc : 0;
      case 4: return k == "kind" ? kKind : k == "quad" ? kQuad : k == "date" ? kDate : 0;
      case 5: return k == "cameo" ? kCameo : 0;
      case 6: return k == "object" ? kObject : k == "source" ? kSource : 0;
      case 7: return k == "subject" ? kSubject : 0;
      case 8: return k == "sentence" ? kSentence : k == "polarity" ? kPolarity : k == "modality" ? kModality
                   : k == "evidence" ? kEvidence : 0;
      case 9: return k == "predicate" ? kPredicate : k == "goldstein" ? kGoldstein : 0;
      default: return 0;
    }
  }

  template <typename E>
  bool Enum(const std::string& v, std::optional<E> (*parse)(std::string_view), E* out) {
    auto parsed = parse(v);
    if (!parsed) return false;
    *out = *parsed;
    return true;
  }

  Triple* t_;
  int depth_ = 0;
  uint32_t field_ = 0;
  uint32_t top_ = 0, subject_ = 0, object_ = 0, evidence_ = 0;
  uint32_t* in_ = nullptr;
  ActorRef* actor_ = nullptr;
};

// Bytes a JSON string holds as they are on the fast path: printable ASCII but the quote and the backslash.
constexpr auto kPlainByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
  return plain;
}();

// A plain scanner for ASCII lines of the usual shape: the same fields and
// types as Handler, strings without raw bytes >= 0x80 (the JSON parser checks
// their UTF-8). It declines whatever it does not handle (false), and the
// line goes on to the SAX pass.
class Scanner {
 public:
  Scanner(std::string_view line, Triple* t) : p_(line.data()), end_(line.data() + line.size()), t_(t) {}

  bool Parse() {
    if (!Object(0)) return false;
    Ws();
    return p_ == end_ && Complete();
  }
  bool has_quad() const { return top_ & kQuad; }

 private:
  void Ws() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool Char(char c) {
    Ws();
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  static int Hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  bool Hex4(uint32_t* v) {
    if (end_ - p_ < 4) return false;
    *v = 0;
    for (int i = 0; i < 4; ++i) {
      int h = Hex(p_[i]);
      if (h < 0) return false;
      *v = (*v << 4) | static_cast<uint32_t>(h);
    }
    p_ += 4;
    return true;
  }
  static void Utf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool String(std::string* out) {
    out->clear();
    if (!Char('"')) return false;
    for (;;) {
      const char* run = p_;
      while (p_ < end_ && kPlainByte[static_cast<unsigned char>(*p_)]) ++p_;
      out->append(run, static_cast<size_t>(p_ - run));
      if (p_ == end_) return false;
      char c = *p_++;
      if (c == '"') return true;
      if (c != '\\') return false;  // a control character or a byte >= 0x80
      if (p_ == end_) return false;
      switch (char e = *p_++) {
        case '"': case '\\': case '/': out->push_back(e); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t low;
            if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
            p_ += 2;
            if (!Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          Utf8(cp, out);
          break;
        }
        default: return false;
      }
    }
  }

  // A JSON number: an integer (no fraction or exponent) as *neg/*mag, or a real as *real.
  bool Number(bool* integer, bool* neg, uint64_t* mag, double* real) {
    Ws();
    const char* start = p_;
    *neg = p_ < end_ && *p_ == '-';
    if (*neg) ++p_;
    if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    *integer = true;
    if (p_ < end_ && *p_ == '.') {
      *integer = false;
      ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      *integer = false;
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (p_ == end_ || *p_ < '0' || *p_ > '9') return false;
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') ++p_;
    }
    if (*integer) {
      *mag = 0;
      for (const char* d = start + (*neg ? 1 : 0); d < p_; ++d) {
        uint64_t digit = static_cast<uint64_t>(*d - '0');
        if (*mag > (UINT64_MAX - digit) / 10) return false;  // the JSON parser makes it a real: leave it
        *mag = *mag * 10 + digit;
      }
      if (*neg && *mag > (uint64_t{1} << 63)) return false;
      return true;
    }
    std::string token(start, static_cast<size_t>(p_ - start));
    char* parsed_end = nullptr;
    *real = std::strtod(token.c_str(), &parsed_end);
    // Beyond a double's range (1e999) the JSON parser refuses the line: leave it.
    return parsed_end == token.c_str() + token.size() && std::isfinite(*real);
  }

  bool Unsigned(uint64_t* v) {
    bool integer, neg;
    double real;
    return Number(&integer, &neg, v, &real) && integer && !neg;
  }

  // An object at `depth` (0: the triple; 1: subject, object or evidence).
  bool Object(int depth, uint32_t owner = 0) {
    if (!Char('{')) return false;
    if (Char('}')) return true;
    std::string_view key;
    do {
      if (!Key(&key) || !Char(':')) return false;
      if (!Value(depth, owner, key)) return false;
    } while (Char(','));
    return Char('}');
  }

  // A key, as a view of the line: the keys the fast path knows are plain
  // ASCII, so a key with an escape (or any byte String() would not take
  // as it is) is left to the SAX pass, which gives the same triple.
  bool Key(std::string_view* key) {
    if (!Char('"')) return false;
    const char* start = p_;
    while (p_ < end_ && kPlainByte[static_cast<unsigned char>(*p_)]) ++p_;
    if (p_ == end_ || *p_ != '"') return false;
    *key = std::string_view(start, static_cast<size_t>(p_ - start));
    ++p_;
    return true;
  }

  bool Value(int depth, uint32_t owner, std::string_view key) {
    if (depth == 0) {
      uint32_t f = TopField(key);
      if (!f || (top_ & f)) return false;
      top_ |= f;
      switch (f) {
        case kDoc: return String(&t_->doc);
        case kPredicate: return String(&t_->predicate);
        case kCameo: return String(&t_->cameo);
        case kDate: return String(&t_->date);
        case kSource: return String(&t_->source);
        case kKind: return Enum(&ParseRelationKind, &t_->kind);
        case kPolarity: return Enum(&ParsePolarity, &t_->polarity);
        case kModality: return Enum(&ParseModality, &t_->modality);
        case kSubject: case kObject: case kEvidence: return Object(1, f);
        case kSentence: {
          uint64_t v;
          if (!Unsigned(&v) || v > UINT32_MAX) return false;  // the full parser reports it
          t_->evidence.sentence = static_cast<uint32_t>(v);
          return true;
        }
        case kQuad: {
          bool integer, neg;
          uint64_t mag;
          double real;
          if (!Number(&integer, &neg, &mag, &real) || !integer || mag > static_cast<uint64_t>(INT32_MAX)) return false;
          t_->quad = neg ? -static_cast<int>(mag) : static_cast<int>(mag);
          return true;
        }
        case kGoldstein: {
          bool integer, neg;
          uint64_t mag;
          double real;
          if (!Number(&integer, &neg, &mag, &real)) return false;
          // As the JSON parser: an integer is converted (so -0 is 0), a real read by strtod.
          t_->goldstein = !integer ? real
                          : neg    ? static_cast<double>(static_cast<int64_t>(uint64_t{0} - mag))
                                   : static_cast<double>(mag);
          return true;
        }
      }
      return false;
    }
    if (owner == kEvidence) {
      uint32_t f = EvidenceField(key);
      if (!f || (evidence_ & f)) return false;
      evidence_ |= f;
      if (f == kText) return String(&t_->evidence.text);
      return Unsigned(f == kStart ? &t_->evidence.start : &t_->evidence.end);
    }
    uint32_t& seen = owner == kSubject ? subject_ : object_;
    ActorRef& actor = owner == kSubject ? t_->subject : t_->object;
    uint32_t f = ActorField(key);
    if (!f || (seen & f)) return false;
    seen |= f;
    switch (f) {
      case kId: return String(&actor.id);
      case kName: return String(&actor.name);
      case kCountry: return String(&actor.country);
      case kSurface: return String(&actor.surface);
      default: return Enum(&ParseActorType, &actor.type);
    }
  }

  template <typename E>
  bool Enum(std::optional<E> (*parse)(std::string_view), E* out) {
    if (!String(&scratch_)) return false;
    auto parsed = parse(scratch_);
    if (!parsed) return false;
    *out = *parsed;
    return true;
  }

  // Keys are told apart by their length first: comparing a key with each
  // name in turn (a memcmp call each) took 12% of a --triples ingest's CPU.
  static uint32_t TopField(std::string_view k) {
    using namespace std::string_view_literals;
    switch (k.size()) {
      case 3: return k == "doc"sv ? kDoc : 0;
      case 4: return k == "kind"sv ? kKind : k == "quad"sv ? kQuad : k == "date"sv ? kDate : 0;
      case 5: return k == "cameo"sv ? kCameo : 0;
      case 6: return k == "object"sv ? kObject : k == "source"sv ? kSource : 0;
      case 7: return k == "subject"sv ? kSubject : 0;
      case 8: return k == "sentence"sv   ? kSentence
                     : k == "polarity"sv ? kPolarity
                     : k == "modality"sv ? kModality
                     : k == "evidence"sv ? kEvidence
                                         : 0;
      case 9: return k == "predicate"sv ? kPredicate : k == "goldstein"sv ? kGoldstein : 0;
      default: return 0;
    }
  }
  static uint32_t EvidenceField(std::string_view k) {
    using namespace std::string_view_literals;
    switch (k.size()) {
      case 3: return k == "end"sv ? kEnd : 0;
      case 4: return k == "text"sv ? kText : 0;
      case 5: return k == "start"sv ? kStart : 0;
      default: return 0;
    }
  }
  static uint32_t ActorField(std::string_view k) {
    using namespace std::string_view_literals;
    switch (k.size()) {
      case 2: return k == "id"sv ? kId : 0;
      case 4: return k == "name"sv ? kName : k == "type"sv ? kType : 0;
      case 7: return k == "country"sv ? kCountry : k == "surface"sv ? kSurface : 0;
      default: return 0;
    }
  }

  bool Complete() const {
    constexpr uint32_t kActorNeeds = kId | kName;
    return (top_ & (kSubject | kObject | kPredicate)) == (kSubject | kObject | kPredicate) &&
           (subject_ & kActorNeeds) == kActorNeeds && (object_ & kActorNeeds) == kActorNeeds &&
           !t_->subject.id.empty() && !t_->object.id.empty() && !t_->predicate.empty();
  }

  const char* p_;
  const char* end_;
  Triple* t_;
  uint32_t top_ = 0, subject_ = 0, object_ = 0, evidence_ = 0;
  std::string scratch_;
};

}  // namespace

bool ParseTripleLineFast(std::string_view line, Triple* triple) {
  *triple = Triple();
  Scanner scanner(line, triple);
  if (scanner.Parse()) {
    if (!scanner.has_quad()) triple->quad = QuadClassOfCameo(triple->cameo);
    return true;
  }
  *triple = Triple();
  Handler handler(triple);
  bool ok = json::sax_parse(line.begin(), line.end(), &handler, json::input_format_t::json, /*strict=*/true);
  if (!ok || !handler.Complete()) return false;
  if (!handler.has_quad()) triple->quad = QuadClassOfCameo(triple->cameo);
  return true;
}

Status ParseTripleLine(std::string_view line, Triple* triple) {
  if (ParseTripleLineFast(line, triple)) return Status::OK();
  return TripleFromJsonLine(line, triple);
}

}  // namespace geokg::store
