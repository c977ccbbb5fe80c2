#include "extract/dictionary/petrarch_dict.h"

#include "extract/text/ascii.h"

#include <cctype>
#include <map>
#include <sstream>

#include "extract/text/lexicon.h"

namespace geokg {
namespace {


std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) words.push_back(w);
  return words;
}

// "MINAS_TIRITH_" -> "MINAS TIRITH": underscores joining words become blanks.
std::string PhraseWords(std::string_view phrase) {
  std::string out;
  for (char c : phrase) out += c == '_' ? ' ' : c;
  return TrimBlanks(out);
}

// The file's lines with comments removed: <!-- ... --> (across lines) and
// from '#' to the end of the line. Line numbers are kept.
std::vector<std::string> Uncommented(std::string_view text) {
  std::vector<std::string> lines;
  bool in_xml_comment = false;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view raw = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() + 1 : nl + 1;
    std::string line;
    for (size_t i = 0; i < raw.size(); ++i) {
      if (in_xml_comment) {
        if (raw.substr(i, 3) == "-->") {
          in_xml_comment = false;
          i += 2;
        }
      } else if (raw.substr(i, 4) == "<!--") {
        in_xml_comment = true;
        i += 3;
      } else if (raw[i] == '#') {
        break;
      } else {
        line += raw[i];
      }
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

// The contents of the [...] groups of a line, and the line without them.
bool SplitBrackets(const std::string& line, std::vector<std::string>* groups, std::string* rest) {
  rest->clear();
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '[') {
      *rest += line[i];
      continue;
    }
    size_t close = line.find_first_of("]}", i + 1);  // "[~LEG}" occurs in the files
    if (close == std::string::npos) return false;
    groups->push_back(TrimBlanks(line.substr(i + 1, close - i - 1)));
    i = close;
  }
  return true;
}

PetrarchDictionary::Kind DetectKind(const std::vector<std::string>& lines) {
  bool brackets = false;
  for (const auto& raw : lines) {
    std::string line = TrimBlanks(raw);
    if (line.rfind("---", 0) == 0 && line.size() > 6 && line.compare(line.size() - 3, 3, "---") == 0) {
      return PetrarchDictionary::Kind::kVerbs;
    }
    std::vector<std::string> groups;
    std::string rest;
    if (line.find('[') == std::string::npos || !SplitBrackets(line, &groups, &rest)) continue;
    for (const auto& g : groups) {
      if (!g.empty() && (g.front() == '~' || g.back() == '~')) return PetrarchDictionary::Kind::kAgents;
    }
    brackets = true;
  }
  return brackets ? PetrarchDictionary::Kind::kActors : PetrarchDictionary::Kind::kDiscards;
}

Status LineError(const std::string& origin, size_t index, const std::string& why) {
  return Status::InvalidArgument(origin + ":" + std::to_string(index + 1) + ": " + why);
}

// "HOBGOV 19950601 - 19990815", "HOB < 950601", "HOBREB > 990816", "AFG".
Status ParseRestriction(const std::string& group, CameoCodeSpan* span, std::string* why) {
  auto words = Words(group);
  if (words.empty()) {
    *why = "empty code []";
    return Status::InvalidArgument("");
  }
  span->code = Upper(words[0]);
  std::string when;
  for (size_t i = 1; i < words.size(); ++i) when += words[i];
  if (when.empty()) return Status::OK();
  auto date = [&](std::string_view d, std::string* out) {
    *out = PetrarchDate(d);
    if (out->empty()) *why = "bad date '" + std::string(d) + "' in [" + group + "]";
    return !out->empty();
  };
  bool ok;
  if (when[0] == '<') {
    ok = date(std::string_view(when).substr(1), &span->end);
  } else if (when[0] == '>') {
    ok = date(std::string_view(when).substr(1), &span->start);
  } else {
    size_t dash = when.find('-');
    ok = dash != std::string::npos && date(std::string_view(when).substr(0, dash), &span->start) &&
         date(std::string_view(when).substr(dash + 1), &span->end);
    if (dash == std::string::npos) *why = "expected CODE, CODE <date, CODE >date or CODE date-date in [" + group + "]";
  }
  return ok ? Status::OK() : Status::InvalidArgument("");
}

Status ParseActors(const std::vector<std::string>& lines, const std::string& origin, PetrarchDictionary* out) {
  PetrarchActor* current = nullptr;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = lines[i].substr(0, lines[i].find(';'));  // "; CountryInfo.txt" is a comment
    if (TrimBlanks(line).empty()) continue;
    std::vector<std::string> groups;
    std::string rest;
    if (!SplitBrackets(line, &groups, &rest)) return LineError(origin, i, "unclosed [");
    const bool restriction_line = line[0] == ' ' || line[0] == '\t';
    std::string phrase = TrimBlanks(rest);
    if (restriction_line && phrase.empty()) {
      if (!current) return LineError(origin, i, "code line before any actor");
    } else if (!phrase.empty() && phrase[0] == '+') {
      if (!current) return LineError(origin, i, "alias before any actor");
      std::string name = PetrarchPhraseToName(phrase.substr(1));
      if (!name.empty()) current->forms.push_back(name);
    } else {
      out->actors.emplace_back();
      current = &out->actors.back();
      std::string name = PetrarchPhraseToName(phrase);
      if (name.empty()) return LineError(origin, i, "code without an actor phrase");
      current->forms.push_back(name);
    }
    for (const auto& group : groups) {
      CameoCodeSpan span;
      std::string why;
      if (!ParseRestriction(group, &span, &why).ok()) {
        if (span.code.empty()) return LineError(origin, i, why);
        // A malformed date in one restriction: that restriction is left out.
        out->warnings.push_back(origin + ":" + std::to_string(i + 1) + ": " + why + ", left out");
        continue;
      }
      if (span.start.empty() && span.end.empty()) {
        current->code = span.code;
      } else {
        current->spans.push_back(std::move(span));
      }
    }
  }
  // A phrase with no code at all names nothing.
  std::vector<PetrarchActor> kept;
  for (auto& actor : out->actors) {
    if (!actor.code.empty() || !actor.spans.empty()) kept.push_back(std::move(actor));
  }
  out->actors = std::move(kept);
  return Status::OK();
}

// "CONGRESS!PERSON!" with !PERSON! = MAN, MEN -> "CONGRESSMAN", "CONGRESSMEN".
std::vector<std::string> Substitute(const std::string& phrase, const std::map<std::string, std::vector<std::string>>& subs) {
  size_t open = phrase.find('!');
  size_t close = open == std::string::npos ? open : phrase.find('!', open + 1);
  if (close == std::string::npos) return {phrase};
  auto it = subs.find(phrase.substr(open, close - open + 1));
  if (it == subs.end()) return {};
  std::vector<std::string> out;
  for (const auto& item : it->second) {
    for (auto& s : Substitute(phrase.substr(0, open) + item + phrase.substr(close + 1), subs)) out.push_back(s);
  }
  return out;
}

Status ParseAgents(const std::vector<std::string>& lines, const std::string& origin, PetrarchDictionary* out) {
  std::map<std::string, std::vector<std::string>> subs;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = TrimBlanks(lines[i]);
    if (line.empty()) continue;
    if (line[0] == '!' && line.find('=') != std::string::npos) {
      std::string marker = TrimBlanks(line.substr(0, line.find('=')));
      std::stringstream items(line.substr(line.find('=') + 1));
      for (std::string item; std::getline(items, item, ',');) {
        if (!TrimBlanks(item).empty()) subs[marker].push_back(Upper(TrimBlanks(item)));
      }
      continue;
    }
    std::vector<std::string> groups;
    std::string rest;
    if (!SplitBrackets(line, &groups, &rest)) return LineError(origin, i, "unclosed [");
    if (groups.empty()) {
      out->warnings.push_back(origin + ":" + std::to_string(i + 1) + ": agent '" + line + "' has no code, left out");
      continue;
    }
    if (groups.size() != 1 || groups[0].find('~') == std::string::npos) {
      return LineError(origin, i, "expected PHRASE [{plural}] [~CODE] or [CODE~]");
    }
    PetrarchAgent agent;
    std::string code = groups[0];
    agent.before_actor = code.back() == '~';
    code.erase(code.find('~'), 1);
    agent.code = Upper(TrimBlanks(code));
    // The phrase, then an optional {plural} ({} for none).
    size_t brace = rest.find('{');
    std::string phrase = TrimBlanks(rest.substr(0, brace));
    bool plural = true;
    std::string irregular;
    if (brace != std::string::npos) {
      size_t close = rest.find('}', brace);
      if (close == std::string::npos) return LineError(origin, i, "unclosed {");
      irregular = TrimBlanks(rest.substr(brace + 1, close - brace - 1));
      plural = false;
    }
    if (phrase.empty() || agent.code.empty()) return LineError(origin, i, "agent without phrase or code");
    const bool substituted = phrase.find('!') != std::string::npos;
    for (const auto& form : Substitute(phrase, subs)) {
      std::string words = AsciiLower(PhraseWords(form));
      agent.forms.push_back(words);
      if (plural && !substituted) {
        size_t last = words.rfind(' ');
        agent.forms.push_back(words.substr(0, last + 1) + Pluralize(words.substr(last + 1)));
      }
    }
    if (!irregular.empty()) agent.forms.push_back(AsciiLower(PhraseWords(irregular)));
    if (agent.forms.empty()) return LineError(origin, i, "undefined substitution marker in '" + phrase + "'");
    out->agents.push_back(std::move(agent));
  }
  return Status::OK();
}

}  // namespace

// Defined in petrarch_verbs.cc.
Status ParsePetrarchVerbs(const std::vector<std::string>& lines, const std::string& origin, PetrarchDictionary* out);

std::string PetrarchDate(std::string_view date) {
  for (char c : date) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return "";
  }
  std::string year, rest;
  if (date.size() == 6) {
    int yy = std::stoi(std::string(date.substr(0, 2)));
    year = (yy <= 30 ? "20" : "19") + std::string(date.substr(0, 2));
    rest = std::string(date.substr(2));
  } else if (date.size() == 8) {
    year = std::string(date.substr(0, 4));
    rest = std::string(date.substr(4));
  } else {
    return "";
  }
  int month = std::stoi(rest.substr(0, 2)), day = std::stoi(rest.substr(2, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  return year + "-" + rest.substr(0, 2) + "-" + rest.substr(2, 2);
}

std::string PetrarchPhraseToName(std::string_view phrase) {
  auto words = Words(PhraseWords(phrase));
  std::string name;
  for (const auto& word : words) {
    std::string w = word;
    const bool acronym = w.find('.') != std::string::npos || (words.size() == 1 && w.size() <= 3);
    if (!acronym) {
      bool start = true;
      for (auto& c : w) {
        c = static_cast<char>(start ? std::toupper(static_cast<unsigned char>(c))
                                    : std::tolower(static_cast<unsigned char>(c)));
        start = c == '-';
      }
    }
    name += (name.empty() ? "" : " ") + w;
  }
  return name;
}

Status ParsePetrarchDictionary(std::string_view text, const std::string& origin, PetrarchDictionary* out) {
  *out = PetrarchDictionary();
  std::vector<std::string> lines = Uncommented(text);
  out->kind = DetectKind(lines);
  switch (out->kind) {
    case PetrarchDictionary::Kind::kVerbs: return ParsePetrarchVerbs(lines, origin, out);
    case PetrarchDictionary::Kind::kActors: return ParseActors(lines, origin, out);
    case PetrarchDictionary::Kind::kAgents: return ParseAgents(lines, origin, out);
    case PetrarchDictionary::Kind::kDiscards:
      for (const auto& line : lines) {
        std::string phrase = TrimBlanks(line);
        if (!phrase.empty() && phrase[0] == '+') phrase = TrimBlanks(phrase.substr(1));
        if (!phrase.empty()) out->discards.push_back(AsciiLower(PhraseWords(phrase)));
      }
      return Status::OK();
  }
  return Status::OK();
}

}  // namespace geokg
