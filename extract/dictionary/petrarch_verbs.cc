// The verb dictionary of PETRARCH/TABARI: synonym sets (&LABEL with +members),
// verb blocks (--- NAME [CODE] ---) with their verbs, and patterns
// (- * WORDS [CODE]). geokg's verb patterns are a lemma followed by literal
// words, the object after them; so a pattern is kept when everything after
// the verb is literal words, synonym sets (expanded), {noun phrases} and
// (prepositional phrases) read as words, and the target '+' if any comes
// last. Words before the verb, the source '$', compounds '%' and skips '^'
// have no equivalent there: those patterns are counted, not kept.
#include <cctype>
#include <map>
#include <sstream>

#include "extract/dictionary/petrarch_dict.h"

#include "extract/text/ascii.h"

namespace geokg {
namespace {

constexpr size_t kMaxExpansions = 64;


// Splits a pattern or phrase into tokens: '_' joins words (a blank here too),
// and * { } ( ) stand alone.
std::vector<std::string> Tokens(const std::string& text) {
  std::string spaced;
  for (char c : text) {
    if (c == '_') spaced += ' ';
    else if (c == '*' || c == '{' || c == '}' || c == '(' || c == ')') spaced += std::string(" ") + c + " ";
    else spaced += c;
  }
  std::vector<std::string> tokens;
  std::istringstream in(spaced);
  for (std::string t; in >> t;) tokens.push_back(t);
  return tokens;
}

// The first [...] group's code ("064" of "[064]", "042:043" of "[042:043]"), and the text before it.
std::string CodeOf(const std::string& line, std::string* before) {
  size_t open = line.find('[');
  *before = line.substr(0, open);
  if (open == std::string::npos) return "";
  size_t close = line.find(']', open);
  return TrimBlanks(line.substr(open + 1, close == std::string::npos ? close : close - open - 1));
}

struct BlockVerb {
  std::string lemma;
  std::vector<std::string> particles;
};

using Synsets = std::map<std::string, std::vector<std::vector<std::string>>>;

// Expands the tokens after '*' into word sequences; false when the pattern
// has an element geokg cannot honour.
bool ExpandAfterVerb(const std::vector<std::string>& tokens, size_t from, const Synsets& synsets,
                     std::vector<std::vector<std::string>>* out) {
  std::vector<std::vector<std::string>> seqs(1);
  bool target_seen = false;
  for (size_t i = from; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (t == "{" || t == "}" || t == "(" || t == ")") continue;
    if (target_seen) return false;  // words after the target
    if (t == "+") {
      target_seen = true;
      continue;
    }
    if (t == "$" || t == "%" || t == "^" || t == "*") return false;
    if (t[0] == '&') {
      auto it = synsets.find(t.substr(1));
      if (it == synsets.end()) return false;  // undefined synset: the pattern is ignored
      std::vector<std::vector<std::string>> next;
      for (const auto& seq : seqs) {
        for (const auto& member : it->second) {
          auto joined = seq;
          joined.insert(joined.end(), member.begin(), member.end());
          next.push_back(std::move(joined));
          if (next.size() > kMaxExpansions) return false;
        }
      }
      seqs = std::move(next);
      continue;
    }
    for (auto& seq : seqs) seq.push_back(AsciiLower(t));
  }
  *out = std::move(seqs);
  return true;
}

}  // namespace

Status ParsePetrarchVerbs(const std::vector<std::string>& lines, const std::string& origin, PetrarchDictionary* out) {
  Synsets synsets;
  std::string synset;  // the label whose members are being read, or empty
  bool in_block = false;
  std::string block_code;
  std::vector<BlockVerb> block_verbs;
  auto error = [&](size_t i, const std::string& why) {
    return Status::InvalidArgument(origin + ":" + std::to_string(i + 1) + ": " + why);
  };
  // `code` as written: "064", or paired "032:033" (this way : the other way).
  auto add = [&](std::vector<std::string> words, const std::string& code) {
    const size_t colon = code.find(':');
    PetrarchVerb verb{std::move(words), code.substr(0, colon), ""};
    if (colon != std::string::npos) verb.reverse_code = code.substr(colon + 1);
    if (verb.reverse_code == "---") verb.reverse_code.clear();
    if (verb.code.empty() || verb.code == "---") {
      ++out->skipped_patterns;  // the null code: no event
      return;
    }
    out->verbs.push_back(std::move(verb));
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string line = TrimBlanks(lines[i]);
    if (line.empty()) continue;  // blank or comment lines do not end a synonym set
    if (line[0] == '&') {
      synset = TrimBlanks(line.substr(1));
      while (!synset.empty() && synset.back() == '_') synset.pop_back();
      synsets[synset];
      continue;
    }
    if (line[0] == '+' && !synset.empty()) {
      auto tokens = Tokens(line.substr(1));
      if (tokens.size() == 1 && tokens[0][0] == '&') {
        auto it = synsets.find(tokens[0].substr(1));
        if (it == synsets.end()) return error(i, "synset " + tokens[0] + " used before it is defined");
        auto members = it->second;
        for (auto& m : members) synsets[synset].push_back(std::move(m));
      } else if (!tokens.empty()) {
        std::vector<std::string> words;
        for (const auto& t : tokens) words.push_back(AsciiLower(t));
        synsets[synset].push_back(std::move(words));
      }
      continue;
    }
    synset.clear();
    if (line.rfind("---", 0) == 0) {
      std::string before;
      block_code = CodeOf(line, &before);
      in_block = true;
      block_verbs.clear();
      continue;
    }
    if (line[0] == '~') {
      ++out->skipped_patterns;  // a transformation of verb-verb codings
      continue;
    }
    if (!in_block) return error(i, "verb or pattern outside a verb block (--- NAME [CODE] ---)");
    if (line[0] == '-') {
      std::string before;
      std::string code = CodeOf(line.substr(1), &before);
      auto tokens = Tokens(before);
      size_t star = 0;
      while (star < tokens.size() && tokens[star] != "*") ++star;
      if (star == tokens.size()) return error(i, "pattern without the verb '*'");
      std::vector<std::vector<std::string>> seqs;
      if (star > 0 || !ExpandAfterVerb(tokens, star + 1, synsets, &seqs)) {
        ++out->skipped_patterns;
        continue;
      }
      for (const auto& verb : block_verbs) {
        for (const auto& seq : seqs) {
          std::vector<std::string> words{verb.lemma};
          words.insert(words.end(), verb.particles.begin(), verb.particles.end());
          words.insert(words.end(), seq.begin(), seq.end());
          add(std::move(words), code);
        }
      }
      continue;
    }
    // A verb of the block: PHRASE [{irregular forms}] [[CODE]].
    std::string without_forms = line.substr(0, line.find('{'));
    if (line.find('{') != std::string::npos && line.find('}') == std::string::npos) return error(i, "unclosed {");
    if (line.find('}') != std::string::npos) without_forms += line.substr(line.find('}') + 1);
    std::string phrase;
    std::string code = CodeOf(without_forms, &phrase);
    auto tokens = Tokens(phrase);
    if (tokens.empty()) return error(i, "verb line without a verb");
    size_t verb = 0;
    while (verb < tokens.size() && tokens[verb][0] != '+') ++verb;
    if (verb == tokens.size()) verb = 0;
    if (verb > 0) {
      ++out->skipped_patterns;  // words before the verb ("WIRE_+TAP")
      continue;
    }
    BlockVerb v;
    v.lemma = AsciiLower(tokens[0][0] == '+' ? tokens[0].substr(1) : tokens[0]);
    for (size_t k = 1; k < tokens.size(); ++k) v.particles.push_back(AsciiLower(tokens[k]));
    if (v.lemma.empty()) return error(i, "verb line without a verb");
    std::vector<std::string> words{v.lemma};
    words.insert(words.end(), v.particles.begin(), v.particles.end());
    add(std::move(words), code.empty() ? block_code : code);
    block_verbs.push_back(std::move(v));
  }
  return Status::OK();
}

}  // namespace geokg
