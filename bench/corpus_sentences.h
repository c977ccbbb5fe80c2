// Internal to the corpus generator: the sentences of one article. Actor
// mentions and phrases are in corpus_mentions.cc, templates in corpus_sentences.cc.
#pragma once

#include <string>
#include <vector>

#include "bench/corpus_vocab.h"

namespace geokg::bench::corpus {

inline constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};
inline constexpr const char* kWeekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                            "Thursday", "Friday", "Saturday"};

// Concatenation in written order. Every draw must happen in one fixed order
// for the output to be the same everywhere: the operands of << are evaluated
// left to right (C++17), those of + and of a function call are not.
struct Str {
  std::string s;
  Str& operator<<(const std::string& x) {
    s += x;
    return *this;
  }
  Str& operator<<(const char* x) {
    s += x;
    return *this;
  }
  operator std::string() const { return s; }
};

struct Date {
  int year = 2014, month = 1, day = 1;
  int weekday = 0;  // 0 Sunday .. 6 Saturday
  std::string iso;  // YYYY-MM-DD
};

// Writes the sentences of one article about a few topic actors (2-4
// countries, maybe an organisation and an armed group) at `date`; leaders are
// those in office at that date, named in full first and shortly after.
class SentenceWriter {
 public:
  SentenceWriter(const Vocabulary& vocabulary, Rng& rng, const Date& date);

  std::string DatelineCity();  // the capital of the first topic country
  std::string Lead();          // the first sentence: a dated relation
  std::string Sentence();      // one sentence of a random template
  std::string Headline();      // no final punctuation
  std::string Reporter();      // "Maria Alvarez"

 private:
  struct Actor {
    enum Kind { kCountry, kOrg, kGroup } kind = kCountry;
    size_t index = 0;
    bool operator==(const Actor&) const = default;
  };
  struct Phrase {
    std::string text;
    bool plural = false;
    bool person = false;
  };

  Actor RandomActor();
  Actor Pick();                       // mostly a topic actor
  Actor PickOther(const Actor& not_this);
  const Leader* LeaderOf(const Actor& actor);
  Phrase Mention(const Actor& actor);
  Phrase ShortMention(const Actor& actor);
  std::string LeaderMention(const Leader& leader, bool full);
  std::string Prefix(const Leader& leader);  // "Pakistani", "UN"
  const Verb& Transitive() { return rng_.Pick(v_.transitive); }
  std::string Vp(const Verb& verb, const std::string& form, const std::string& object);
  std::string PastTime();
  std::string FutureTime();
  std::string Place();
  std::string Tail();
  std::string Clause();  // a reason, purpose or circumstance, maybe naming an actor
  std::string Weekday();
  std::string Number(int lo, int hi);  // with thousands separators
  std::string Possessive(const Phrase& p);

  std::string Past();
  std::string Present();
  std::string Future();
  std::string Negated();
  std::string Control();
  std::string Passive();
  std::string Coordinated();
  std::string Symmetric();
  std::string Nominal();
  std::string Reported();
  std::string Quote();
  std::string Filler();
  std::string Participial();
  std::string Relative();
  std::string Intent();
  std::string Question();
  std::string Conditional();
  std::string Appositive();

  const Vocabulary& v_;
  Rng& rng_;
  Date date_;
  std::vector<Actor> topic_;
  std::vector<std::string> named_;  // leaders already named in full
};

}  // namespace geokg::bench::corpus
