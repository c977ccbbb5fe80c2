#include "bench/corpus_sentences.h"

#include <cctype>

namespace geokg::bench::corpus {
namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

std::string SentenceWriter::Past() {
  Actor s = Pick();
  const Verb& v = Transitive();
  return Str() << Mention(s).text << " " << Vp(v, v.past, Mention(PickOther(s)).text) << PastTime() << Place()
               << Clause() << Tail() << ".";
}

std::string SentenceWriter::Present() {
  Actor s = Pick();
  Phrase subject = Mention(s);
  const Verb& v = Transitive();
  return Str() << subject.text << " " << Vp(v, subject.plural ? v.base : v.third, Mention(PickOther(s)).text) << Clause() << Tail()
               << ".";
}

std::string SentenceWriter::Future() {
  static const char* const kSingular[] = {"is expected to", "will", "plans to", "is set to", "is likely to", "is due to"};
  static const char* const kPlural[] = {"are expected to", "will", "plan to", "are set to", "are likely to", "are due to"};
  Actor s = Pick();
  Phrase subject = Mention(s);
  const size_t k = rng_.Below(std::size(kSingular));
  const Verb& v = Transitive();
  return Str() << subject.text << " " << (subject.plural ? kPlural[k] : kSingular[k]) << " "
               << Vp(v, v.base, Mention(PickOther(s)).text) << FutureTime() << Clause() << ".";
}

std::string SentenceWriter::Negated() {
  Actor s = Pick();
  Phrase subject = Mention(s);
  const Verb& v = Transitive();
  const std::string object = Mention(PickOther(s)).text;
  switch (rng_.Below(4)) {
    case 0: {
      const Verb& neg = rng_.Pick(v_.negators);
      if (!neg.rest.empty() || neg.base == "avoid") {
        return Str() << subject.text << " " << Vp(neg, neg.past, Vp(v, v.gerund, object)) << PastTime() << ".";
      }
      return Str() << subject.text << " " << neg.past << " to " << Vp(v, v.base, object) << PastTime() << ".";
    }
    case 1: return Str() << subject.text << " did not " << Vp(v, v.base, object) << Clause() << Tail() << ".";
    case 2: return subject.text + (subject.plural ? " have not " : " has not ") + Vp(v, v.participle, object) + ".";
    default: return Str() << subject.text << " never " << Vp(v, v.past, object) << Clause() << Tail() << ".";
  }
}

std::string SentenceWriter::Control() {
  Actor s = Pick();
  Actor o = PickOther(s);
  const Verb& c = rng_.Pick(v_.control);
  const Verb& v = Transitive();
  return Str() << Mention(s).text << " " << Vp(c, c.past, Mention(o).text) << " to "
               << Vp(v, v.base, Mention(PickOther(o)).text) << PastTime() << Clause() << ".";
}

std::string SentenceWriter::Passive() {
  const Verb* v = &Transitive();
  for (int i = 0; i < 8 && !v->rest.empty(); ++i) v = &Transitive();
  if (!v->rest.empty()) return Past();
  Actor o = Pick();
  Phrase object = Mention(o);
  return Str() << object.text << (object.plural ? " were " : " was ") << v->participle
               << (v->rest.empty() ? "" : " " + v->rest) << " by " << Mention(PickOther(o)).text << PastTime() << Clause() << Tail()
               << ".";
}

std::string SentenceWriter::Coordinated() {
  Actor a = Pick(), b = PickOther(a), c = PickOther(b);
  const Verb& v = Transitive();
  if (rng_.Percent(50)) {  // coordinated objects
    std::string subject = Mention(a).text;
    std::string objects = Str() << Mention(b).text << " and " << Mention(c).text;
    return Str() << subject << " " << Vp(v, v.past, objects) << PastTime() << Clause() << ".";
  }
  Str subjects;
  subjects << Mention(a).text;
  if (!(c == a) && rng_.Percent(50)) subjects << ", " << Mention(c).text << ",";
  subjects << " and " << Mention(b).text;
  Actor o = PickOther(a);
  if (o == b) o = PickOther(b);
  return Str() << subjects.s << " " << Vp(v, v.past, Mention(o).text) << PastTime() << Clause() << Tail() << ".";
}

std::string SentenceWriter::Symmetric() {
  Actor a = Pick();
  const Verb& v = rng_.Pick(v_.symmetric);
  return Str() << Mention(a).text << " and " << Mention(PickOther(a)).text << " " << v.past
               << (v.rest_no_prep.empty() ? "" : " " + v.rest_no_prep) << PastTime() << Place() << Clause() << ".";
}

std::string SentenceWriter::Nominal() {
  static const char* const kTails[] = {" drew sharp criticism", " was discussed at length", " dominated the talks",
                                       " has raised concerns among diplomats", " came as a surprise to analysts"};
  Actor s = Pick();
  const Noun& n = rng_.Pick(v_.nouns);
  std::string head = Possessive(Mention(s)) + " " + n.noun;
  if (!n.preposition.empty()) head += " " + n.preposition + " " + Mention(PickOther(s)).text;
  std::string tail = kTails[rng_.Below(std::size(kTails))];
  if (rng_.Percent(40)) tail += " in " + Mention(PickOther(s)).text;
  return head + tail + ".";
}

std::string SentenceWriter::Reported() {
  Actor s = Pick(), o = PickOther(s);
  const Verb& say = rng_.Pick(v_.speech);
  const std::string said = say.past + (say.rest.empty() ? "" : " " + say.rest);
  const Verb& v = Transitive();
  switch (rng_.Below(4)) {
    case 0:
      return Str() << Mention(s).text << " " << said << " " << Mention(o).text << " would "
                   << Vp(v, v.base, Mention(PickOther(o)).text) << Clause() << ".";
    case 1:
      return Str() << Mention(s).text << " " << said << " on " << Weekday() << " that " << Mention(o).text << " had "
                   << Vp(v, v.participle, Mention(PickOther(o)).text) << Clause() << ".";
    case 2:
      return Str() << Mention(o).text << " " << Vp(v, v.past, Mention(PickOther(o)).text) << PastTime() << Clause()
                   << ", " << Mention(s).text << " said.";
    default:
      return Str() << "According to " << Mention(s).text << ", " << Mention(o).text << " "
                   << Vp(v, v.past, Mention(PickOther(o)).text) << ".";
  }
}

std::string SentenceWriter::Quote() {
  Actor s = Pick(), o = PickOther(s);
  const Leader* leader = LeaderOf(s);
  std::string speaker = leader ? LeaderMention(*leader, false) : Mention(s).text;
  const Verb& v = Transitive();
  std::string content;
  switch (rng_.Below(5)) {
    case 0: content = "We will not " + Vp(v, v.base, Mention(o).text); break;
    case 1: content = "We are ready to " + Vp(v, v.base, Mention(o).text); break;
    case 2: content = "Our position has not changed"; break;
    case 3: content = Str() << "We call on " << Mention(o).text << " to " << Vp(v, v.base, Mention(PickOther(o)).text); break;
    default: content = Str() << Capitalize(Mention(o).text) << " must " << Vp(v, v.base, Mention(PickOther(o)).text); break;
  }
  const bool curly = rng_.Percent(25);
  const std::string open = curly ? "\u201c" : "\"", close = curly ? "\u201d" : "\"";
  if (rng_.Percent(70)) {
    return open + content + "," + close + (rng_.Percent(30) ? " said " + speaker : " " + speaker + " said") + ".";
  }
  return speaker + " said: " + open + content + "." + close;
}

std::string SentenceWriter::Filler() {
  const std::string year = std::to_string(date_.year - rng_.Between(1, 30));
  const std::string pct = Str() << std::to_string(rng_.Between(0, 9)) << "." << std::to_string(rng_.Between(1, 9));
  switch (rng_.Below(16)) {
    case 0: return Str() << "At least " << Number(2, 90) << " people were killed and " << Number(5, 300) << " others wounded, local officials said.";
    case 1: return "The talks, held behind closed doors, lasted more than " + Number(2, 12) + " hours and ended without a joint statement.";
    case 2: return "The economy grew " + pct + " percent in the " + rng_.Pick(std::vector<std::string>{"first", "second", "third", "fourth"}) + " quarter, official data showed.";
    case 3: return "Trade between the two sides reached $" + Number(2, 700) + " billion in " + std::to_string(date_.year - 1) + ".";
    case 4: return "The meeting was the first of its kind since " + year + ", when a similar round of talks collapsed over the sequencing of any deal.";
    case 5: return "Analysts said the outcome remained uncertain, with both sides facing pressure at home ahead of elections.";
    case 6: return "No further details were immediately available.";
    case 7: return "More than " + Number(1000, 90000) + " troops are stationed in the region, according to estimates by independent monitors.";
    case 8: return Str() << "Oil prices rose " << pct << " percent to $" << Number(40, 120) << " a barrel on " << Weekday() << ".";
    case 9: return Str() << "The agreement is due to take effect on " << kMonths[rng_.Below(12)] << " " << std::to_string(rng_.Between(1, 28)) << ", " << std::to_string(date_.year + 1) << ".";
    case 10: return Str() << "Some " << Number(1000, 900000) << " people have been displaced since " << kMonths[rng_.Below(12)] << ".";
    case 11: return "It was not immediately clear whether the talks would resume before the end of the month, as originally planned.";
    case 12: return Str() << "The measure passed by " << Number(51, 99) << " votes to " << Number(1, 49) << ".";
    case 13: return "The talks \u2014 the first since " + year + " \u2014 ended without an agreement.";
    case 14: return "Will the ceasefire hold?";
    default: return "Markets fell after the announcement, with the main index down " + pct + " percent.";
  }
}

std::string SentenceWriter::Participial() {
  static const char* const kIntros[] = {"Speaking to reporters", "In a statement", "After talks", "Earlier"};
  Actor s = Pick();
  const Verb& v = Transitive();
  const Country& c = v_.countries[rng_.Pick(v_.prominent)];
  std::string where = c.capital.empty() ? "" : " in " + c.capital;
  return Str() << kIntros[rng_.Below(std::size(kIntros))] << where << " on " << Weekday() << ", " << Mention(s).text
               << " " << Vp(v, v.past, Mention(PickOther(s)).text) << Clause() << ".";
}

std::string SentenceWriter::Relative() {
  Actor s = Pick(), o = PickOther(s);
  Phrase subject = Mention(s);
  const Verb& v1 = Transitive();
  const Verb& v2 = Transitive();
  return Str() << subject.text << (subject.person ? ", who" : ", which") << (subject.plural ? " have" : " has")
               << " long " << Vp(v1, v1.participle, Mention(o).text) << ", "
               << Vp(v2, v2.past, Mention(PickOther(s)).text) << PastTime() << Clause() << ".";
}

std::string SentenceWriter::Intent() {
  static const char* const kSingular[] = {"is considering", "is weighing", "plans to", "intends to", "is seeking to", "hopes to"};
  static const char* const kPlural[] = {"are considering", "are weighing", "plan to", "intend to", "are seeking to", "hope to"};
  Actor s = Pick();
  Phrase subject = Mention(s);
  const size_t k = rng_.Below(std::size(kSingular));
  const Verb& v = Transitive();
  return Str() << subject.text << " " << (subject.plural ? kPlural[k] : kSingular[k]) << " "
               << Vp(v, k < 2 ? v.gerund : v.base, Mention(PickOther(s)).text) << FutureTime() << Clause() << ".";
}

std::string SentenceWriter::Question() {
  Actor s = Pick();
  const Verb& v = Transitive();
  return Str() << (rng_.Percent(50) ? "Will " : "Why did ") << Mention(s).text << " "
               << Vp(v, v.base, Mention(PickOther(s)).text) << "?";
}

std::string SentenceWriter::Conditional() {
  Actor s = Pick(), o = PickOther(s);
  const Verb& v1 = Transitive();
  const Verb& v2 = Transitive();
  return Str() << "If " << Mention(s).text << " " << Vp(v1, v1.past, Mention(o).text) << ", " << Mention(o).text
               << " would " << Vp(v2, v2.base, ShortMention(s).text) << ".";
}

std::string SentenceWriter::Appositive() {
  Actor s = Pick();
  const Leader* leader = LeaderOf(s);
  if (!leader) return Past();
  const std::string prefix = Prefix(*leader);
  const Verb& v = Transitive();
  return Str() << leader->name << ", the " << (prefix.empty() ? "" : prefix + " ") << Lower(leader->title) << ", "
               << Vp(v, v.past, Mention(PickOther(s)).text) << PastTime() << ".";
}

std::string SentenceWriter::Sentence() {
  static const std::vector<unsigned> kWeights = {18, 4, 6, 5, 6, 5, 5, 4, 5, 7, 6, 14, 4, 3, 3, 1, 2, 2};
  using Template = std::string (SentenceWriter::*)();
  static const Template kTemplates[] = {
      &SentenceWriter::Past,      &SentenceWriter::Present,     &SentenceWriter::Future,   &SentenceWriter::Negated,
      &SentenceWriter::Control,   &SentenceWriter::Passive,     &SentenceWriter::Coordinated,
      &SentenceWriter::Symmetric, &SentenceWriter::Nominal,     &SentenceWriter::Reported, &SentenceWriter::Quote,
      &SentenceWriter::Filler,    &SentenceWriter::Participial, &SentenceWriter::Relative, &SentenceWriter::Intent,
      &SentenceWriter::Question,  &SentenceWriter::Conditional, &SentenceWriter::Appositive};
  static_assert(std::size(kTemplates) == 18);
  return Capitalize((this->*kTemplates[rng_.Weighted(kWeights)])());
}

std::string SentenceWriter::Lead() {
  Actor s = topic_.front();
  const Verb& v = Transitive();
  return Capitalize(Str() << Mention(s).text << " " << Vp(v, v.past, Mention(PickOther(s)).text) << " on " << Weekday()
                          << Place() << Clause() << Tail() << ".");
}

std::string SentenceWriter::Headline() {
  static const char* const kAs[] = {"tensions rise", "talks stall", "deadline looms", "pressure mounts", "crisis deepens"};
  Actor s = topic_.front();
  Actor o = PickOther(s);
  const Verb& v = Transitive();
  switch (rng_.Below(3)) {
    case 0: return Capitalize(Str() << ShortMention(s).text << " " << Vp(v, v.third, ShortMention(o).text));
    case 1: {
      const Verb& sym = rng_.Pick(v_.symmetric);
      return Capitalize(Str() << ShortMention(s).text << ", " << ShortMention(o).text << " " << sym.base
                              << (sym.rest_no_prep.empty() ? "" : " " + sym.rest_no_prep));
    }
    default:
      return Capitalize(Str() << ShortMention(s).text << " " << Vp(v, v.third, ShortMention(o).text) << " as "
                              << kAs[rng_.Below(std::size(kAs))]);
  }
}


}  // namespace geokg::bench::corpus
