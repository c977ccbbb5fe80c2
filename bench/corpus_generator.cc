#include "bench/corpus_generator.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "bench/corpus_sentences.h"

namespace geokg::bench {
namespace {

using corpus::Capitalize;

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

corpus::Date CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  corpus::Date date;
  date.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  date.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  date.year = static_cast<int>(static_cast<int64_t>(yoe) + era * 400 + (date.month <= 2));
  date.weekday = static_cast<int>((z - 719468 + 4) % 7);  // 1970-01-01 was a Thursday (4)
  if (date.weekday < 0) date.weekday += 7;
  char iso[48];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", date.year, date.month, date.day);
  date.iso = iso;
  return date;
}

struct Outlet {
  const char* name;
  const char* tag;  // in the dateline: "(Wire)"
  const char* host;
};
constexpr Outlet kOutlets[] = {
    {"Example Wire", "Wire", "wire.example.com"},
    {"Global Ledger", "Ledger", "www.globalledger.example.org"},
    {"World Desk", "World Desk", "news.worlddesk.example.net"},
    {"Evening Courier", "Courier", "courier.example.com"},
    {"Press Network", "PN", "pressnetwork.example.org"},
};

std::string Slug(const std::string& headline) {
  std::string slug;
  for (unsigned char c : headline) {
    if (std::isalnum(c)) slug += static_cast<char>(std::tolower(c));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 60) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

uint64_t CountWords(const std::string& s) {
  return static_cast<uint64_t>(std::count(s.begin(), s.end(), ' ')) + 1;
}

void AppendJsonString(const std::string& s, std::string* out) {
  out->push_back('"');
  for (unsigned char c : s) {
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\t': out->append("\\t"); break;
      case '\r': out->append("\\r"); break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out->append(buf);
        } else {
          out->push_back(static_cast<char>(c));
        }
    }
  }
  out->push_back('"');
}

}  // namespace

struct CorpusGenerator::Impl {
  corpus::Vocabulary vocab;
  corpus::Rng rng;
  uint64_t seed;
  uint64_t count = 0;

  Impl(corpus::Vocabulary v, uint64_t s) : vocab(std::move(v)), rng(s), seed(s) {}

  void Next(GeneratedArticle* out) {
    ++count;
    static const int64_t kFirst = DaysFromCivil(2014, 1, 1), kLast = DaysFromCivil(2024, 12, 31);
    corpus::Date date = CivilFromDays(kFirst + static_cast<int64_t>(rng.Below(static_cast<size_t>(kLast - kFirst + 1))));
    corpus::SentenceWriter writer(vocab, rng, date);
    const Outlet& outlet = kOutlets[rng.Below(std::size(kOutlets))];

    std::string text;
    text.reserve(8192);
    // Dateline in the city of the first topic country's capital.
    std::string city = writer.DatelineCity();
    for (auto& c : city) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    static const char* kMonthShort[] = {"Jan", "Feb", "March", "April", "May", "June",
                                        "July", "Aug", "Sept", "Oct", "Nov", "Dec"};
    text += city + ", " + kMonthShort[date.month - 1] + " " + std::to_string(date.day) + " (" + outlet.tag + ") - ";

    const uint64_t target_words = static_cast<uint64_t>(rng.Between(300, 900));
    uint64_t words = 0, sentences = 0;
    bool first_paragraph = true;
    while (words < target_words) {
      if (!first_paragraph) text += "\n\n";
      const int in_paragraph = first_paragraph ? rng.Between(1, 2) : rng.Between(2, 5);
      for (int i = 0; i < in_paragraph; ++i) {
        std::string sentence = first_paragraph && i == 0 ? writer.Lead() : writer.Sentence();
        words += CountWords(sentence);
        ++sentences;
        if (i > 0) text += ' ';
        text += sentence;
      }
      first_paragraph = false;
    }
    if (rng.Percent(30)) {
      const std::string reporter = writer.Reporter();
      const std::string editor = writer.Reporter();
      text += "\n\n(Reporting by " + reporter + "; Editing by " + editor + ")";
    }

    Article& a = out->article;
    a = Article();
    char id[64];
    std::snprintf(id, sizeof id, "gen-%llu-%07llu", static_cast<unsigned long long>(seed),
                  static_cast<unsigned long long>(count));
    a.id = id;
    a.title = writer.Headline();
    a.date = date.iso;
    a.source = outlet.name;
    char path[48];
    std::snprintf(path, sizeof path, "/%04d/%02d/%02d/", date.year, date.month, date.day);
    a.url = std::string("https://") + outlet.host + path + Slug(a.title) + "-" + std::to_string(count);
    a.text = std::move(text);
    a.origin = a.id;
    out->sentences = sentences;
    out->words = words;
  }
};

CorpusGenerator::CorpusGenerator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CorpusGenerator::~CorpusGenerator() = default;

Status CorpusGenerator::Create(uint64_t seed, std::unique_ptr<CorpusGenerator>* generator) {
  corpus::Vocabulary vocab;
  if (Status s = corpus::Vocabulary::Build(&vocab); !s.ok()) return s;
  generator->reset(new CorpusGenerator(std::make_unique<Impl>(std::move(vocab), seed)));
  return Status::OK();
}

void CorpusGenerator::Next(GeneratedArticle* out) { impl_->Next(out); }

std::string ToJsonLine(const Article& article) {
  std::string out;
  out.reserve(article.text.size() + article.title.size() + 256);
  const std::pair<const char*, const std::string*> fields[] = {
      {"id", &article.id},   {"title", &article.title},   {"date", &article.date},
      {"url", &article.url}, {"source", &article.source}, {"text", &article.text}};
  out.push_back('{');
  for (const auto& [name, value] : fields) {
    if (out.size() > 1) out.push_back(',');
    AppendJsonString(name, &out);
    out.push_back(':');
    AppendJsonString(*value, &out);
  }
  out.append("}\n");
  return out;
}

std::string ToPlainText(const Article& article) { return article.title + "\n\n" + article.text + "\n"; }

Status GenerateCorpus(uint64_t seed, uint64_t text_bytes, std::vector<Article>* articles, uint64_t* sentences) {
  std::unique_ptr<CorpusGenerator> generator;
  if (Status s = CorpusGenerator::Create(seed, &generator); !s.ok()) return s;
  uint64_t bytes = 0;
  GeneratedArticle g;
  while (bytes < text_bytes) {
    generator->Next(&g);
    bytes += g.article.text.size();
    if (sentences) *sentences += g.sentences;
    articles->push_back(std::move(g.article));
  }
  return Status::OK();
}

}  // namespace geokg::bench
