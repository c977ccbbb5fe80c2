#include "cli/eval/petrarch_records.h"

#include <algorithm>
#include <cctype>

#include "extract/dictionary/petrarch_dict.h"

namespace geokg {
namespace {

// A small reader of the records' XML: elements with attributes, comments
// skipped, the text of <Text> and the dictionary names kept.
class RecordScanner {
 public:
  RecordScanner(std::string_view text, const std::string& origin) : text_(text), origin_(origin) {}

  Status Run(PetrarchRecords* out);

 private:
  Status Error(size_t at, const std::string& why) const {
    return Status::InvalidArgument(origin_ + ":" + std::to_string(LineOf(at)) + ": " + why);
  }
  size_t LineOf(size_t at) const {
    return 1 + static_cast<size_t>(std::count(text_.begin(), text_.begin() + static_cast<long>(at), '\n'));
  }
  // The content from `from` to the closing tag `</name>`; sets pos_ after it.
  bool Content(size_t from, const std::string& name, std::string* content);
  static std::map<std::string, std::string> Attributes(std::string_view tag);

  std::string_view text_;
  std::string origin_;
  size_t pos_ = 0;
};

std::string Unescape(std::string_view s) {
  std::string out;
  static const std::pair<const char*, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
  for (size_t i = 0; i < s.size(); ++i) {
    bool replaced = false;
    for (const auto& [entity, c] : kEntities) {
      std::string_view e(entity);
      if (s.substr(i, e.size()) == e) {
        out += c;
        i += e.size() - 1;
        replaced = true;
        break;
      }
    }
    if (!replaced) out += s[i];
  }
  return out;
}

std::string CollapseBlanks(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool blank = std::isspace(static_cast<unsigned char>(c));
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::map<std::string, std::string> RecordScanner::Attributes(std::string_view tag) {
  std::map<std::string, std::string> attributes;
  size_t i = tag.find_first_of(" \t\r\n");
  while (i != std::string_view::npos && i < tag.size()) {
    size_t name_start = tag.find_first_not_of(" \t\r\n/", i);
    if (name_start == std::string_view::npos) break;
    size_t eq = tag.find('=', name_start);
    if (eq == std::string_view::npos) break;
    std::string name = CollapseBlanks(tag.substr(name_start, eq - name_start));
    size_t quote = tag.find_first_of("\"'", eq);
    if (quote == std::string_view::npos) break;
    size_t close = tag.find(tag[quote], quote + 1);
    if (close == std::string_view::npos) break;
    attributes[name] = Unescape(tag.substr(quote + 1, close - quote - 1));
    i = close + 1;
  }
  return attributes;
}

bool RecordScanner::Content(size_t from, const std::string& name, std::string* content) {
  size_t close = text_.find("</" + name, from);
  if (close == std::string_view::npos) return false;
  *content = std::string(text_.substr(from, close - from));
  size_t end = text_.find('>', close);
  pos_ = end == std::string_view::npos ? text_.size() : end + 1;
  return true;
}

Status RecordScanner::Run(PetrarchRecords* out) {
  *out = PetrarchRecords();
  std::map<std::string, std::string> options;
  PetrarchRecord record;
  bool in_sentence = false;
  bool has_text = false;
  while ((pos_ = text_.find('<', pos_)) != std::string_view::npos) {
    const size_t at = pos_;
    if (text_.substr(at, 4) == "<!--") {
      size_t end = text_.find("-->", at + 4);
      if (end == std::string_view::npos) return Error(at, "unclosed comment <!--");
      pos_ = end + 3;
      continue;
    }
    size_t close = text_.find('>', at);
    if (close == std::string_view::npos) return Error(at, "unclosed element");
    std::string_view tag = text_.substr(at + 1, close - at - 1);
    std::string name(tag.substr(0, tag.find_first_of(" \t\r\n/>", 1)));
    pos_ = close + 1;
    if (name == "Verbfile" || name == "Actorfile" || name == "Agentfile" || name == "Discardfile") {
      std::string file;
      if (!Content(pos_, name, &file)) return Error(at, "unclosed <" + name + ">");
      if (!CollapseBlanks(file).empty()) out->dictionaries.push_back(CollapseBlanks(file));
    } else if (name == "Config") {
      auto a = Attributes(tag);
      std::string value = a["value"];
      std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return std::tolower(c); });
      if (!a["option"].empty()) options[a["option"]] = value;
    } else if (name == "Sentence") {
      if (in_sentence) return Error(at, "<Sentence> inside a <Sentence>");
      auto a = Attributes(tag);
      record = PetrarchRecord();
      record.id = a["id"];
      record.category = a["category"];
      record.date = PetrarchDate(a["date"]);
      if (record.date.empty()) return Error(at, "bad or missing date=\"" + a["date"] + "\" (YYYYMMDD)");
      record.line = LineOf(at);
      record.options = options;
      in_sentence = true;
      has_text = false;
    } else if (name == "EventCoding" && in_sentence) {
      auto a = Attributes(tag);
      if (a.count("noevents")) {
        record.expects_no_events = true;
      } else if (a.count("error")) {
        record.expected_error = a["error"];
      } else {
        record.codings.push_back(PetrarchCoding{a["sourcecode"], a["targetcode"], a["eventcode"]});
      }
    } else if (name == "Text" && in_sentence) {
      std::string content;
      if (!Content(pos_, "Text", &content)) return Error(at, "unclosed <Text>");
      record.text = CollapseBlanks(Unescape(content));
      has_text = true;
    } else if (name == "Parse") {
      std::string content;
      if (!Content(pos_, "Parse", &content)) return Error(at, "unclosed <Parse>");
      if (in_sentence) record.parse = Unescape(content);
    } else if (name == "/Sentence") {
      if (!in_sentence) return Error(at, "</Sentence> without <Sentence>");
      if (!has_text) return Error(at, "record " + record.id + " has no <Text>");
      out->records.push_back(std::move(record));
      in_sentence = false;
    }
  }
  if (in_sentence) return Error(text_.size(), "unclosed <Sentence>");
  return Status::OK();
}

}  // namespace

Status ParsePetrarchRecords(std::string_view text, const std::string& origin, PetrarchRecords* out) {
  return RecordScanner(text, origin).Run(out);
}

}  // namespace geokg
