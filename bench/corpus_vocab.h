// Internal to the corpus generator (bench/corpus_generator.cc): the random
// source and the vocabulary drawn from the dictionaries.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg::bench::corpus {

// Every draw is computed from raw std::mt19937_64 output (bit-exact by the
// standard), never through std distributions (their algorithms differ
// between library versions). Modulo bias is negligible for these ranges.
class Rng {
 public:
  explicit Rng(uint64_t seed) : engine_(seed) {}
  uint64_t Raw() { return engine_(); }
  // 0 .. n-1 (0 when n == 0).
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(engine_() % n); }
  // lo .. hi inclusive.
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1))); }
  bool Percent(unsigned p) { return Below(100) < p; }
  template <class Container>
  const auto& Pick(const Container& c) { return c[Below(c.size())]; }
  // An index drawn with the given integer weights.
  size_t Weighted(const std::vector<unsigned>& weights);

 private:
  std::mt19937_64 engine_;
};

struct Verb {
  std::string base, third, past, participle, gerund;
  std::string rest;           // the pattern's words after the lemma ("talks with"), or empty
  std::string rest_no_prep;   // `rest` without its final preposition
  bool ends_with_preposition = false;
};

struct Country {
  std::string id, name, adjective, capital;  // adjective/capital may be empty
  bool needs_the = false;                    // "the United States"
};

struct Org {  // organisations, government bodies with names, armed groups
  std::string id, name, short_name;
  std::string country;  // empty for international ones
  bool name_the = false, short_the = false;  // "the United Nations", "the UN"
  ActorType type = ActorType::kOrganization;
};

struct Leader {
  std::string id, name, short_name;
  std::string title;   // as written before the name ("Prime Minister")
  std::string org_id;  // the country or organisation of the role
  std::string start, end;
};

struct Noun {
  std::string noun, preposition;  // preposition may be empty
};

struct Vocabulary {
  std::vector<Country> countries;
  std::vector<size_t> prominent;  // countries that make most of the news
  std::vector<Org> orgs;          // international organisations and named bodies
  std::vector<size_t> international;   // orgs without a country
  std::vector<size_t> prominent_orgs;  // UN, NATO, EU...
  std::unordered_map<std::string, std::vector<size_t>> bodies_of;  // country id -> its named bodies
  std::vector<Org> groups;        // armed groups
  std::vector<Leader> leaders;
  std::unordered_map<std::string, std::vector<size_t>> leaders_of;  // org or country id -> leaders
  std::unordered_map<std::string, size_t> country_index;
  std::unordered_map<std::string, size_t> org_index;                // into orgs
  std::vector<std::string> body_heads;  // "foreign ministry", "military"
  std::vector<Verb> transitive;   // plain relation verbs with an object
  std::vector<Verb> symmetric;    // "meet", "hold talks with"
  std::vector<Verb> control;      // "ask", "urge", "call on" (+ object + to VERB)
  std::vector<Verb> speech;       // "say", "announce" (no object)
  std::vector<Verb> negators;     // "refuse", "fail" (+ to VERB)
  std::vector<Noun> nouns;

  // Loads the embedded dictionaries and sorts their records into the lists.
  static Status Build(Vocabulary* vocabulary);
};

// "Pakistan" -> "Pakistan's"; "Philippines" -> "Philippines'".
std::string Possessive(const std::string& name);
// Upper-cases the first ASCII letter.
std::string Capitalize(std::string s);

}  // namespace geokg::bench::corpus
