// SentenceWriter: the topic of an article, actor mentions, and the phrases
// (times, places, clauses) the templates of corpus_sentences.cc are built from.
#include <algorithm>

#include "bench/corpus_sentences.h"

namespace geokg::bench::corpus {

SentenceWriter::SentenceWriter(const Vocabulary& vocabulary, Rng& rng, const Date& date)
    : v_(vocabulary), rng_(rng), date_(date) {
  const int countries = rng_.Between(2, 4);
  while (static_cast<int>(topic_.size()) < countries) {
    Actor a{Actor::kCountry, rng_.Percent(70) ? rng_.Pick(v_.prominent) : rng_.Below(v_.countries.size())};
    if (std::find(topic_.begin(), topic_.end(), a) == topic_.end()) topic_.push_back(a);
  }
  if (rng_.Percent(60)) {
    const auto& pool = rng_.Percent(70) ? v_.prominent_orgs : v_.international;
    topic_.push_back(Actor{Actor::kOrg, rng_.Pick(pool)});
  }
  auto bodies = v_.bodies_of.find(v_.countries[topic_.front().index].id);
  if (bodies != v_.bodies_of.end() && rng_.Percent(30)) topic_.push_back(Actor{Actor::kOrg, rng_.Pick(bodies->second)});
  if (rng_.Percent(25)) topic_.push_back(Actor{Actor::kGroup, rng_.Below(v_.groups.size())});
}

SentenceWriter::Actor SentenceWriter::RandomActor() {
  const unsigned r = static_cast<unsigned>(rng_.Below(100));
  if (r < 70) return Actor{Actor::kCountry, rng_.Percent(70) ? rng_.Pick(v_.prominent) : rng_.Below(v_.countries.size())};
  if (r < 90) return Actor{Actor::kOrg, rng_.Pick(v_.international)};
  return Actor{Actor::kGroup, rng_.Below(v_.groups.size())};
}

SentenceWriter::Actor SentenceWriter::Pick() { return rng_.Percent(80) ? rng_.Pick(topic_) : RandomActor(); }

SentenceWriter::Actor SentenceWriter::PickOther(const Actor& not_this) {
  for (int i = 0; i < 8; ++i) {
    Actor a = Pick();
    if (!(a == not_this)) return a;
  }
  return Actor{Actor::kCountry, (not_this.index + 1) % v_.countries.size()};
}

const Leader* SentenceWriter::LeaderOf(const Actor& actor) {
  const std::string& id = actor.kind == Actor::kCountry ? v_.countries[actor.index].id
                          : actor.kind == Actor::kOrg   ? v_.orgs[actor.index].id
                                                        : v_.groups[actor.index].id;
  auto it = v_.leaders_of.find(id);
  if (it == v_.leaders_of.end()) return nullptr;
  std::vector<const Leader*> in_office;
  for (size_t i : it->second) {
    const Leader& l = v_.leaders[i];
    if (l.start <= date_.iso && (l.end.empty() || date_.iso < l.end)) in_office.push_back(&l);
  }
  return in_office.empty() ? nullptr : rng_.Pick(in_office);
}

std::string SentenceWriter::Prefix(const Leader& leader) {
  auto c = v_.country_index.find(leader.org_id);
  if (c != v_.country_index.end()) return v_.countries[c->second].adjective;
  auto o = v_.org_index.find(leader.org_id);
  if (o != v_.org_index.end() && v_.orgs[o->second].short_name.size() <= 8) return v_.orgs[o->second].short_name;
  return "";
}

std::string SentenceWriter::LeaderMention(const Leader& leader, bool full) {
  const bool named = std::find(named_.begin(), named_.end(), leader.id) != named_.end();
  if (full || !named) {
    if (!named) named_.push_back(leader.id);
    std::string prefix = Prefix(leader);
    return (prefix.empty() ? "" : prefix + " ") + leader.title + " " + leader.name;
  }
  const unsigned r = static_cast<unsigned>(rng_.Below(4));
  if (r < 2) return leader.short_name;
  if (r == 2) return leader.title + " " + leader.short_name;
  return leader.name;
}

SentenceWriter::Phrase SentenceWriter::Mention(const Actor& actor) {
  if (actor.kind == Actor::kCountry) {
    const Country& c = v_.countries[actor.index];
    const std::string name = (c.needs_the ? "the " : "") + c.name;
    const Leader* leader = LeaderOf(actor);
    switch (rng_.Weighted({40, c.capital.empty() ? 0u : 12u, c.adjective.empty() ? 0u : 8u, 10, leader ? 30u : 0u})) {
      case 0: return {name};
      case 1: return {c.capital};
      case 2:
        if (rng_.Percent(70)) return {"the " + c.adjective + " government"};
        return {c.adjective + " officials", true};
      case 3:
        if (!c.adjective.empty() && rng_.Percent(50)) return {"the " + c.adjective + " " + rng_.Pick(v_.body_heads)};
        return {Str() << Possessive(Phrase{name}) << " " << rng_.Pick(v_.body_heads)};
      default: return {LeaderMention(*leader, false), false, true};
    }
  }
  const Org& o = actor.kind == Actor::kOrg ? v_.orgs[actor.index] : v_.groups[actor.index];
  const Leader* leader = actor.kind == Actor::kOrg ? LeaderOf(actor) : nullptr;
  switch (rng_.Weighted({45, 35, leader ? 20u : 0u})) {
    case 0: return {(o.name_the ? "the " : "") + o.name};
    case 1: return {(o.short_the ? "the " : "") + o.short_name};
    default: return {LeaderMention(*leader, false), false, true};
  }
}

SentenceWriter::Phrase SentenceWriter::ShortMention(const Actor& actor) {
  if (actor.kind == Actor::kCountry) {
    const Leader* leader = rng_.Percent(30) ? LeaderOf(actor) : nullptr;
    if (leader) return {leader->short_name, false, true};
    return {v_.countries[actor.index].name};
  }
  const Org& o = actor.kind == Actor::kOrg ? v_.orgs[actor.index] : v_.groups[actor.index];
  return {o.short_name};
}

std::string SentenceWriter::Possessive(const Phrase& p) {
  std::string s = corpus::Possessive(p.text);
  if (rng_.Percent(10)) {  // curly apostrophe, as many outlets print it
    size_t at = s.rfind('\'');
    s.replace(at, 1, "\u2019");
  }
  return s;
}

std::string SentenceWriter::Vp(const Verb& verb, const std::string& form, const std::string& object) {
  return form + (verb.rest.empty() ? "" : " " + verb.rest) + " " + object;
}

std::string SentenceWriter::Weekday() { return kWeekdays[rng_.Below(7)]; }

std::string SentenceWriter::Number(int lo, int hi) {
  std::string digits = std::to_string(rng_.Between(lo, hi)), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string SentenceWriter::PastTime() {
  switch (rng_.Weighted({30, 30, 8, 5, 10, 7, 5, 5})) {
    case 0: return "";
    case 1: return " on " + Weekday();
    case 2: return " last week";
    case 3: return " earlier this month";
    case 4: return std::string(" on ") + kMonths[date_.month - 1] + " " + std::to_string(rng_.Between(1, date_.day));
    case 5: return std::string(" in ") + kMonths[rng_.Below(12)];
    case 6: return " late on " + Weekday();
    default: return " in " + std::to_string(date_.year - rng_.Between(0, 3));
  }
}

std::string SentenceWriter::FutureTime() {
  static const char* const kTimes[] = {"", "", " next week", " later this month", " next year",
                                       " before the end of the year", " in the coming days"};
  return rng_.Percent(20) ? " on " + Weekday() : kTimes[rng_.Below(std::size(kTimes))];
}

std::string SentenceWriter::Place() {
  const Country& c = v_.countries[rng_.Percent(50) ? rng_.Pick(v_.prominent) : rng_.Below(v_.countries.size())];
  if (c.capital.empty() || rng_.Percent(60)) return "";
  static const char* const kPlaces[] = {" in ", " during a visit to ", " at a summit in ", " at talks in "};
  return kPlaces[rng_.Below(std::size(kPlaces))] + c.capital;
}

std::string SentenceWriter::Tail() {
  static const char* const kTails[] = {"", "", "", "", ", officials said", ", according to a statement",
                                       ", state media reported", " amid rising tensions", ", a spokesman said",
                                       ", the ministry said in a statement", ", diplomats said",
                                       " after weeks of negotiations"};
  return kTails[rng_.Below(std::size(kTails))];
}

std::string SentenceWriter::Clause() {
  static const char* const kPlain[] = {", citing security concerns", " in a bid to ease tensions along the border",
                                       " after a series of deadly attacks near the border",
                                       ", in the latest sign of strained ties", " following months of quiet diplomacy",
                                       ", raising hopes of a breakthrough in the long-running dispute",
                                       " over the objections of several regional governments"};
  switch (rng_.Weighted({22, 38, 10, 10, 10, 10})) {
    case 0: return "";
    case 1: return kPlain[rng_.Below(std::size(kPlain))];
    case 2: return " despite objections from " + Mention(Pick()).text;
    case 3: return ", a move likely to anger " + Mention(Pick()).text;
    case 4: {
      const Verb& v = Transitive();
      return " as part of a wider effort to " + Vp(v, v.base, Mention(Pick()).text);
    }
    default: return " for the first time in " + Number(2, 40) + " years";
  }
}

std::string SentenceWriter::DatelineCity() {
  const Country& c = v_.countries[topic_.front().index];
  return c.capital.empty() ? c.name : c.capital;
}

std::string SentenceWriter::Reporter() {
  static const char* const kFirst[] = {"Maria", "Tom", "Aisha", "Jonas", "Priya", "Kenji", "Elena", "Omar", "Grace", "Luis"};
  static const char* const kLast[] = {"Alvarez", "Hale", "Rahman", "Berg", "Nair", "Sato", "Petrova", "Haddad", "Okafor", "Moreno"};
  return Str() << kFirst[rng_.Below(std::size(kFirst))] << " " << kLast[rng_.Below(std::size(kLast))];
}


}  // namespace geokg::bench::corpus
