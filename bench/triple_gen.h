// A deterministic generator of evidence triples for benchmarks: articles of
// triples over a fixed universe of actors (countries first, then people,
// organisations, governments, parties, armed groups) whose popularity follows
// a Zipf-like law, with realistic predicates, CAMEO codes, Goldstein values,
// modalities, dates and sources. Same options and seed: same output, on any
// platform (its own PRNG and sampling, no <random> distributions).
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace geokg::bench {

struct GenOptions {
  uint64_t triples = 1000000;
  uint64_t actors = 20000;
  uint64_t articles = 0;  // 0: triples / 20
  uint64_t sources = 60;
  double zipf = 1.05;     // popularity exponent of actors (and sources, predicates)
  int days = 3650;        // dates spread from 2015-01-01
  uint64_t seed = 1;
};

class TripleGenerator {
 public:
  explicit TripleGenerator(const GenOptions& options) : o_(options), state_(options.seed * 0x9E3779B97F4A7C15ull + 7) {
    if (o_.articles == 0) o_.articles = std::max<uint64_t>(1, o_.triples / 20);
    o_.actors = std::max<uint64_t>(o_.actors, 2);
    actor_cdf_ = ZipfCdf(o_.actors, o_.zipf);
    source_cdf_ = ZipfCdf(o_.sources, 1.0);
    predicate_cdf_ = ZipfCdf(std::size(kPredicates), 0.8);
  }

  // The next article and its triples; false once `triples` have been made.
  bool NextArticle(Article* article, std::vector<Triple>* triples) {
    triples->clear();
    if (made_ >= o_.triples) return false;
    uint64_t mean = std::max<uint64_t>(1, o_.triples / o_.articles);
    uint64_t count = std::min(o_.triples - made_, mean / 2 + Uniform(mean + 1));
    if (count == 0) count = 1;
    *article = Article();
    article->id = "gen-" + Padded(doc_, 7);
    article->source = SourceName(Sample(source_cdf_));
    int day = static_cast<int>(doc_ * static_cast<uint64_t>(o_.days) / o_.articles);
    article->date = Date(day);
    article->title = "Report " + std::to_string(doc_);
    ++doc_;
    for (uint64_t i = 0; i < count; ++i) triples->push_back(MakeTriple(*article, static_cast<uint32_t>(i), day));
    made_ += count;
    return true;
  }

 private:
  struct Predicate {
    const char* lemma;
    const char* cameo;
    double goldstein;
    bool affiliation;
  };
  static constexpr Predicate kPredicates[] = {
      {"say", "010", 0.0, false},          {"meet", "040", 1.0, false},        {"visit", "042", 1.9, false},
      {"criticize", "111", -2.0, false},   {"urge", "102", -0.3, false},       {"ask", "102", -0.3, false},
      {"accuse", "112", -2.0, false},      {"praise", "051", 3.4, false},      {"support", "052", 3.5, false},
      {"sign agreement", "057", 8.0, false}, {"threaten", "130", -4.4, false}, {"attack", "190", -10.0, false},
      {"sanction", "163", -8.0, false},    {"reject", "120", -4.0, false},     {"host", "043", 2.8, false},
      {"discuss", "040", 1.0, false},      {"negotiate", "046", 7.0, false},   {"aid", "070", 7.0, false},
      {"condemn", "111", -2.0, false},     {"warn", "130", -4.4, false},       {"deploy", "150", -7.2, false},
      {"expel", "166", -7.0, false},       {"recognize", "057", 8.0, false},   {"mediate", "046", 7.0, false},
      {"call for", "109", -0.3, false},    {"consider join", "030", 4.0, false}, {"invite", "036", 4.0, false},
      {"withdraw from", "161", -4.0, false}, {"fight", "190", -10.0, false},  {"cooperate", "060", 6.0, false},
      {"prime minister", "", 0.0, true},   {"president", "", 0.0, true},       {"foreign minister", "", 0.0, true},
      {"spokesperson", "", 0.0, true},     {"member", "", 0.0, true},          {"leader", "", 0.0, true},
  };
  static constexpr const char* kCountries[] = {
      "USA", "CHN", "RUS", "PAK", "IND", "IRN", "ISR", "UKR", "TUR", "SAU", "GBR", "FRA", "DEU", "AFG", "SYR",
      "IRQ", "EGY", "JPN", "KOR", "PRK", "QAT", "ARE", "JOR", "LBN", "YEM", "BRA", "MEX", "CAN", "AUS", "IDN",
      "NGA", "ZAF", "ETH", "KEN", "SDN", "LBY", "DZA", "MAR", "TUN", "ITA", "ESP", "POL", "HUN", "SRB", "GEO",
      "ARM", "AZE", "KAZ", "UZB", "BGD", "LKA", "NPL", "MMR", "THA", "VNM", "PHL", "MYS", "SGP", "VEN", "COL"};
  static constexpr const char* kFirst[] = {"Amir", "Olena", "Li", "Sergei", "Fatima", "John", "Maria", "Ahmed",
                                           "Yuki", "Carlos", "Nadia", "Imran", "Wei", "Anna", "Omar", "Priya"};
  static constexpr const char* kLast[] = {"Khan", "Petrenko", "Wang", "Ivanov", "Haddad", "Smith", "Garcia",
                                          "Rahman", "Sato", "Lopez", "Karimi", "Sharif", "Zhang", "Novak", "Aziz"};
  static constexpr const char* kFiller[] = {"on Tuesday", "in a statement", "during talks in the capital",
                                            "according to officials", "after weeks of tension", "late on Friday",
                                            "at the summit", "in a televised address"};

  static std::vector<double> ZipfCdf(uint64_t n, double s) {
    std::vector<double> cdf(n);
    double total = 0;
    for (uint64_t k = 0; k < n; ++k) cdf[k] = (total += 1.0 / std::pow(static_cast<double>(k + 1), s));
    for (auto& c : cdf) c /= total;
    return cdf;
  }
  uint64_t Next() {  // splitmix64
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t Uniform(uint64_t n) { return n ? Next() % n : 0; }
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
  uint64_t Sample(const std::vector<double>& cdf) {
    return static_cast<uint64_t>(std::lower_bound(cdf.begin(), cdf.end(), Unit()) - cdf.begin()) % cdf.size();
  }
  static std::string Padded(uint64_t v, int width) {
    std::string s = std::to_string(v);
    return std::string(s.size() < static_cast<size_t>(width) ? width - s.size() : 0, '0') + s;
  }
  static std::string Date(int day) {
    static const int kMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y = 2015;
    for (;;) {
      int len = (y % 4 == 0) ? 366 : 365;
      if (day < len) break;
      day -= len;
      ++y;
    }
    int m = 0;
    for (;; ++m) {
      int len = kMonth[m] + (m == 1 && y % 4 == 0);
      if (day < len) break;
      day -= len;
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m + 1, day + 1);
    return buf;
  }
  std::string SourceName(uint64_t i) {
    static const char* kKnown[] = {"Reuters", "AP", "AFP", "Dawn", "Al Jazeera", "BBC", "Xinhua", "TASS"};
    return i < std::size(kKnown) ? kKnown[i] : "outlet-" + std::to_string(i);
  }

  // Actor i: the first ones are countries, the rest a mix of kinds.
  ActorRef MakeActor(uint64_t i, bool surface_form) {
    ActorRef a;
    const uint64_t nc = std::size(kCountries);
    if (i < nc) {
      a.id = kCountries[i];
      a.name = std::string("Country ") + kCountries[i];
      a.type = ActorType::kCountry;
      if (surface_form) a.surface = (Next() & 1) ? "the capital of " + a.id : a.id + "ian officials";
      return a;
    }
    uint64_t k = i - nc;
    static const ActorType kTypes[] = {ActorType::kPerson, ActorType::kPerson, ActorType::kOrganization,
                                       ActorType::kGovernment, ActorType::kParty, ActorType::kArmedGroup};
    a.type = kTypes[k % std::size(kTypes)];
    a.country = kCountries[(k * 7) % nc];
    switch (a.type) {
      case ActorType::kPerson: {
        std::string first = kFirst[(k / 3) % std::size(kFirst)], last = kLast[(k / 7) % std::size(kLast)];
        a.id = "person-" + std::to_string(k);
        a.name = first + " " + last + " " + std::to_string(k);
        if (surface_form) a.surface = last + " " + std::to_string(k);
        break;
      }
      case ActorType::kGovernment:
        a.id = a.country + "-ministry-" + std::to_string(k);
        a.name = "Ministry " + std::to_string(k) + " of " + a.country;
        break;
      default:
        a.id = std::string(ToString(a.type)) + "-" + std::to_string(k);
        a.name = "Group " + std::to_string(k);
        if (surface_form) a.surface = "the group " + std::to_string(k);
    }
    return a;
  }

  Triple MakeTriple(const Article& article, uint32_t index, int day) {
    Triple t;
    t.doc = article.id;
    uint64_t s = Sample(actor_cdf_), o = Sample(actor_cdf_);
    if (o == s) o = (o + 1 + Uniform(o_.actors - 1)) % o_.actors;
    const Predicate& p = kPredicates[Sample(predicate_cdf_)];
    t.subject = MakeActor(s, Uniform(4) == 0);
    t.object = MakeActor(o, Uniform(4) == 0);
    t.predicate = p.lemma;
    t.kind = p.affiliation ? RelationKind::kAffiliation : RelationKind::kEvent;
    t.polarity = Uniform(100) < 8 ? Polarity::kNegative : Polarity::kPositive;
    uint64_t m = Uniform(100);
    t.modality = m < 70 ? Modality::kAsserted : m < 80 ? Modality::kFuture : m < 90 ? Modality::kIntended
               : m < 95 ? Modality::kRequested : Modality::kHypothetical;
    t.cameo = p.cameo;
    t.quad = p.affiliation ? 0 : (t.cameo < "060" ? 1 : t.cameo < "090" ? 2 : t.cameo < "140" ? 3 : 4);
    t.goldstein = p.goldstein;
    t.date = Uniform(10) == 0 ? Date(std::max(0, day - static_cast<int>(Uniform(30)))) : article.date;
    t.source = article.source;
    t.evidence.sentence = index + static_cast<uint32_t>(Uniform(2));
    t.evidence.start = 120ull * index;
    t.evidence.text = (t.subject.surface.empty() ? t.subject.name : t.subject.surface) + " " + p.lemma + " " +
                      (t.object.surface.empty() ? t.object.name : t.object.surface) + " " +
                      kFiller[Uniform(std::size(kFiller))] + ", " + kFiller[Uniform(std::size(kFiller))] + ".";
    t.evidence.end = t.evidence.start + t.evidence.text.size();
    return t;
  }

  GenOptions o_;
  uint64_t state_;
  uint64_t made_ = 0, doc_ = 0;
  std::vector<double> actor_cdf_, source_cdf_, predicate_cdf_;
};

}  // namespace geokg::bench
