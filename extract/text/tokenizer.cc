#include "extract/text/tokenizer.h"

#include <array>
#include <cctype>
#include <unordered_set>

namespace geokg {
namespace {

// Reads one UTF-8 code point at text[i]; returns its length (1 for bad bytes).
size_t DecodeAt(std::string_view text, size_t i, uint32_t* cp) {
  auto b = static_cast<unsigned char>(text[i]);
  size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + len > text.size()) len = 1;
  if (len == 1) {
    *cp = b;
    return 1;
  }
  uint32_t c = b & (0x7f >> len);
  for (size_t k = 1; k < len; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
  *cp = c;
  return len;
}

// The code point of a character reference at text[i] ("&#8217;", "&#x2019;",
// "&rsquo;"; named ones from the list below, the names news text uses) and
// its length in bytes, or 0 when there is none. Numeric references to
// C1 controls mean their Windows-1252 characters, as in HTML.
size_t EntityAt(std::string_view text, size_t i, uint32_t* cp) {
  static const std::array<std::pair<std::string_view, uint32_t>, 56> kNamed = {{
      {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
      {"nbsp", 0xA0},    {"rsquo", 0x2019}, {"lsquo", 0x2018}, {"rdquo", 0x201D}, {"ldquo", 0x201C},
      {"sbquo", 0x201A}, {"bdquo", 0x201E}, {"ndash", 0x2013}, {"mdash", 0x2014}, {"hellip", 0x2026},
      {"laquo", 0xAB},   {"raquo", 0xBB},   {"thinsp", 0x2009}, {"ensp", 0x2002}, {"emsp", 0x2003},
      {"aacute", 0xE1},  {"eacute", 0xE9},  {"iacute", 0xED},  {"oacute", 0xF3},
      {"uacute", 0xFA},  {"Aacute", 0xC1},  {"Eacute", 0xC9},  {"Iacute", 0xCD},  {"Oacute", 0xD3},
      {"Uacute", 0xDA},  {"agrave", 0xE0},  {"egrave", 0xE8},  {"ograve", 0xF2},  {"acirc", 0xE2},
      {"ecirc", 0xEA},   {"icirc", 0xEE},   {"ocirc", 0xF4},   {"ucirc", 0xFB},   {"auml", 0xE4},
      {"euml", 0xEB},    {"iuml", 0xEF},    {"ouml", 0xF6},    {"uuml", 0xFC},    {"Auml", 0xC4},
      {"Ouml", 0xD6},    {"Uuml", 0xDC},    {"ccedil", 0xE7},  {"Ccedil", 0xC7},  {"ntilde", 0xF1},
      {"atilde", 0xE3},  {"otilde", 0xF5},  {"aring", 0xE5},   {"oslash", 0xF8},  {"szlig", 0xDF},
      {"scaron", 0x161}, {"Scaron", 0x160},
  }};
  if (text[i] != '&' || i + 3 >= text.size()) return 0;
  size_t semi = text.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view body = text.substr(i + 1, semi - i - 1);
  if (body.size() >= 2 && body[0] == '#') {
    bool hex = body[1] == 'x' || body[1] == 'X';
    std::string_view digits = body.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 7) return 0;
    uint32_t value = 0;
    for (char c : digits) {
      int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10)
                                                                    : -1;
      if (d < 0) return 0;
      value = value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
    }
    static const std::array<std::pair<uint32_t, uint32_t>, 7> kWindows1252 = {
        {{0x85, 0x2026}, {0x91, 0x2018}, {0x92, 0x2019}, {0x93, 0x201C}, {0x94, 0x201D}, {0x96, 0x2013},
         {0x97, 0x2014}}};
    for (const auto& [from, to] : kWindows1252) {
      if (value == from) value = to;
    }
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) || (value >= 0x80 && value < 0xA0)) {
      return 0;
    }
    *cp = value;
    return semi - i + 1;
  }
  for (const auto& [name, value] : kNamed) {
    if (body == name) {
      *cp = value;
      return semi - i + 1;
    }
  }
  return 0;
}

// The UTF-8 bytes of a code point.
std::string EncodeUtf8(uint32_t cp) {
  std::string out;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

enum class CharClass { kSpace, kNewline, kWord, kApostrophe, kHyphen, kPunct };

// Maps a code point to its normalised ASCII form where one exists.
CharClass Classify(uint32_t cp, std::string* normal) {
  switch (cp) {
    case ' ': case '\t': case '\r': case 0xA0: case 0x2009: case 0x200A: case 0x202F: case 0x2002:
    case 0x2003: case 0xFEFF: case 0x200B:
      return CharClass::kSpace;
    case '\n':
      return CharClass::kNewline;
    case '\'': case 0x2019: case 0x2018: case 0x02BC:
      *normal = "'";
      return CharClass::kApostrophe;
    case '-': case 0x2010: case 0x2011:
      *normal = "-";
      return CharClass::kHyphen;
    case 0x2013: case 0x2014: case 0x2212:
      *normal = "--";
      return CharClass::kPunct;
    case 0x201C: case 0x201D: case 0x00AB: case 0x00BB: case 0x201E:
      *normal = "\"";
      return CharClass::kPunct;
    case 0x2026:
      *normal = "...";
      return CharClass::kPunct;
    default:
      break;
  }
  if (cp < 0x80) {
    if (std::isalnum(static_cast<int>(cp))) return CharClass::kWord;
    return CharClass::kPunct;
  }
  return CharClass::kWord;  // letters of other scripts, accented letters
}

const std::unordered_set<std::string>& Abbreviations() {
  static const std::unordered_set<std::string> kAbbrev = {
      "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "sen", "rep", "gov",
      "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "prof", "rev", "hon", "jr", "sr", "vs", "etc", "inc", "corp", "co", "ltd", "brig", "cmdr", "pres",
      "amb", "dept", "govt", "mt", "ft", "approx", "fig", "op", "vol"};
  return kAbbrev;
}

bool IsSentenceStarter(const std::string& w) {
  static const std::unordered_set<std::string> kStarters = {
      "the", "it", "he", "she", "they", "we", "but", "however", "in", "on", "a", "an", "this",
      "that", "there", "its", "his", "her", "their", "officials", "meanwhile", "earlier", "last", "after"};
  return kStarters.count(w) > 0;
}

std::string Lower(const std::string& s) {
  std::string out = s;
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void DecodeEntity(std::string* text) {
  static const std::array<std::pair<const char*, const char*>, 8> kEntities = {
      {{"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&lt;", "<"}, {"&gt;", ">"},
       {"&nbsp;", " "}, {"&rsquo;", "'"}}};
  for (const auto& [from, to] : kEntities) {
    if (*text == from) *text = to;
  }
}

}  // namespace

namespace {

// Pass 1 of SplitSentences: the tokens of a text, with their byte offsets
// and whether each opens a paragraph.
class TokenScanner {
 public:
  explicit TokenScanner(std::string_view text) : text_(text) { tokens_.reserve(text.size() / 5); }

  std::vector<Token> Run() {
    for (size_t i = 0; i < text_.size();) {
      // A character reference counts as the character it names; offsets stay
      // those of the reference in `text`.
      uint32_t cp = 0;
      size_t len = EntityAt(text_, i, &cp);
      const bool entity = len > 0;
      if (!entity) len = DecodeAt(text_, i, &cp);
      std::string normal;
      CharClass cls = Classify(cp, &normal);
      const std::string decoded = entity ? EncodeUtf8(cp) : std::string();
      std::string_view raw = entity ? std::string_view(decoded) : text_.substr(i, len);
      switch (cls) {
        case CharClass::kNewline:
          Flush();
          ++newlines_;
          break;
        case CharClass::kSpace:
          Flush();
          break;
        case CharClass::kWord:
          if (!in_token_) Start(i);
          current_.text.append(raw);
          current_.end = static_cast<uint32_t>(i + len);
          break;
        case CharClass::kApostrophe:
        case CharClass::kHyphen:
          len = JoinOrSplit(i, len, cls);
          break;
        case CharClass::kPunct:
          len = Punctuation(i, len, cp, entity, normal, raw);
          break;
      }
      i += len;
    }
    Flush();
    return std::move(tokens_);
  }

 private:
  void Flush() {
    if (!in_token_) return;
    DecodeEntity(&current_.text);
    current_.lower = Lower(current_.text);
    current_.word = !current_.text.empty() && (std::isalnum(static_cast<unsigned char>(current_.text[0])) ||
                                               static_cast<unsigned char>(current_.text[0]) >= 0x80);
    current_.capitalized = !current_.text.empty() && std::isupper(static_cast<unsigned char>(current_.text[0]));
    if (!current_.capitalized && static_cast<unsigned char>(current_.text[0]) >= 0xC3 &&
        static_cast<unsigned char>(current_.text[0]) <= 0xC5 && current_.text.size() > 1) {
      // Latin-1/Extended-A capitals (Ö, Ç, Ş...) sort before their lower-case forms.
      unsigned char b1 = current_.text[1];
      current_.capitalized = (static_cast<unsigned char>(current_.text[0]) == 0xC3 && b1 < 0x9F);
    }
    tokens_.push_back(std::move(current_));
    current_ = Token();
    in_token_ = false;
  }

  void Start(size_t at) {
    current_ = Token();
    current_.start = static_cast<uint32_t>(at);
    current_.paragraph_start = newlines_ >= 2;
    newlines_ = 0;
    in_token_ = true;
  }

  // A one-character token `text` over [at, end).
  void Single(size_t at, size_t end, std::string text) {
    Flush();
    Start(at);
    current_.text = std::move(text);
    current_.end = static_cast<uint32_t>(end);
    Flush();
  }

  // An apostrophe or hyphen at `i`: inside a word (Tehreek-e-Insaf,
  // al-Shabaab, O'Brien) it stays; "'s" splits off. Returns the bytes read.
  size_t JoinOrSplit(size_t i, size_t len, CharClass cls) {
    std::string normal;
    uint32_t next = 0;
    bool next_word = i + len < text_.size() &&
                     Classify((DecodeAt(text_, i + len, &next), next), &normal) == CharClass::kWord;
    normal = cls == CharClass::kHyphen ? "-" : "'";
    bool possessive = cls == CharClass::kApostrophe && i + len < text_.size() &&
                      (text_[i + len] == 's' || text_[i + len] == 'S') &&
                      (i + len + 1 >= text_.size() || !std::isalnum(static_cast<unsigned char>(text_[i + len + 1])));
    // "then-president": the prefix splits off, so that the title is a word of its own.
    const bool then_prefix = cls == CharClass::kHyphen && in_token_ && Lower(current_.text) == "then";
    if (in_token_ && next_word && !possessive && !then_prefix) {
      current_.text += normal;
      current_.end = static_cast<uint32_t>(i + len);
      return len;
    }
    if (possessive) {
      Single(i, i + len + 1, "'s");
      return len + 1;
    }
    Single(i, i + len, normal);
    return len;
  }

  // Punctuation at `i`: periods inside abbreviations (U.S., U.N.) and
  // numbers (3.5), entities (&amp;) as one token, else a token of its own.
  // Returns the bytes read.
  size_t Punctuation(size_t i, size_t len, uint32_t cp, bool entity, const std::string& normal, std::string_view raw) {
    if (cp == '.' && in_token_ && i + 1 < text_.size() && std::isdigit(static_cast<unsigned char>(text_[i + 1])) &&
        std::isdigit(static_cast<unsigned char>(current_.text.back()))) {
      return AppendPeriod(i, len);
    }
    if (cp == '.' && in_token_ && current_.text.size() <= 2 && std::isupper(static_cast<unsigned char>(current_.text[0])) &&
        (current_.text.size() == 1 || current_.text.find('.') != std::string::npos)) {
      return AppendPeriod(i, len);  // U. -> U.S.
    }
    if (cp == '.' && in_token_ && current_.text.size() >= 3 && current_.text[current_.text.size() - 2] == '.') {
      return AppendPeriod(i, len);  // "U.S" + "." -> "U.S."
    }
    if (!entity && cp == '&' && i + 1 < text_.size() && std::isalpha(static_cast<unsigned char>(text_[i + 1]))) {
      size_t semi = text_.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 7) {
        Single(i, semi + 1, std::string(text_.substr(i, semi - i + 1)));
        return semi - i + 1;
      }
    }
    std::string text = normal.empty() ? std::string(1, static_cast<char>(cp)) : normal;
    if (normal.empty() && cp >= 0x80) text = std::string(raw);
    Single(i, i + len, std::move(text));
    return len;
  }

  // A period of `len` bytes at `i` kept inside the current token.
  size_t AppendPeriod(size_t i, size_t len) {
    current_.text += '.';
    current_.end = static_cast<uint32_t>(i + 1);
    return len;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  Token current_;
  bool in_token_ = false;
  int newlines_ = 2;  // a paragraph starts the text
};

// Whether the token just added to `sentence`, tokens[i], ends it (reads
// only the tokens after i).
bool EndsSentence(const Sentence& sentence, const std::vector<Token>& tokens, size_t i) {
  const Token& tok = sentence.tokens.back();
  bool end = tok.text == "." || tok.text == "!" || tok.text == "?";
  // "U.S." at a sentence end: the next word starts a sentence.
  bool abbrev_end = tok.text.size() > 2 && tok.text.back() == '.';
  if (abbrev_end && i + 1 < tokens.size() && !tokens[i + 1].paragraph_start) {
    end = tokens[i + 1].capitalized && IsSentenceStarter(tokens[i + 1].lower);
  }
  if (tok.text == "." && sentence.tokens.size() >= 2) {
    const Token& prev = sentence.tokens[sentence.tokens.size() - 2];
    if (Abbreviations().count(prev.lower) && prev.end == tok.start) end = false;
    if (prev.text.size() == 1 && std::isupper(static_cast<unsigned char>(prev.text[0]))) end = false;  // initials
  }
  if (end && i + 1 < tokens.size()) {
    const Token& next = tokens[i + 1];
    if (next.text != "\"" && next.text != ")" && next.text != "'" && !next.capitalized && !next.paragraph_start &&
        next.word && !std::isdigit(static_cast<unsigned char>(next.text[0]))) {
      end = false;  // "... Gen. raheel" or an abbreviation we do not know
    }
  }
  return end;
}

// Pass 2 of SplitSentences: the tokens grouped into sentences and paragraphs.
std::vector<Sentence> GroupSentences(std::vector<Token> tokens) {
  std::vector<Sentence> sentences;
  Sentence sentence;
  uint32_t paragraph = 0;
  auto close = [&]() {
    if (sentence.tokens.empty()) return;
    sentence.start = sentence.tokens.front().start;
    sentence.end = sentence.tokens.back().end;
    sentence.paragraph = paragraph;
    sentences.push_back(std::move(sentence));
    sentence = Sentence();
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].paragraph_start && i > 0) {
      close();
      ++paragraph;
    }
    sentence.tokens.push_back(std::move(tokens[i]));
    const bool end = EndsSentence(sentence, tokens, i);
    // Closing quotes and brackets belong to the sentence they end.
    if (end && i + 1 < tokens.size()) {
      const Token& next = tokens[i + 1];
      if ((next.text == "\"" || next.text == ")" || next.text == "'") &&
          (i + 2 >= tokens.size() || tokens[i + 2].paragraph_start || tokens[i + 2].capitalized)) {
        sentence.tokens.push_back(std::move(tokens[i + 1]));
        ++i;
      }
    }
    if (end) close();
  }
  close();
  return sentences;
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text) { return GroupSentences(TokenScanner(text).Run()); }

}  // namespace geokg
