// The speaker of a quotation stands for its "we": "\"We urge Australia to
// stop,\" said ministry spokesman Wang Wenbin".
#include <algorithm>
#include <string>

#include "extract/text/lexicon.h"
#include "extract/entities/mention_rules.h"

namespace geokg::mention_rules {
namespace {

// The mention at or after token `k` (within `reach` tokens), or -1; a
// pronoun ("he added") stands for whom it names.
int MentionFrom(const std::vector<Mention>& mentions, size_t k, size_t reach) {
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (mentions[m].begin >= k && mentions[m].begin <= k + reach) return static_cast<int>(m);
  }
  return -1;
}

}  // namespace

int SpeakerAfterQuote(const std::vector<Token>& t, const std::vector<Mention>& mentions, size_t close,
                      const SayingVerb& is_saying) {
  size_t k = close + 1;
  if (k < t.size() && t[k].text == ",") ++k;
  if (k < t.size() && is_saying(t[k].lower)) return MentionFrom(mentions, k + 1, 4);
  const int m = MentionFrom(mentions, k, 1);
  if (m < 0) return -1;
  const size_t after = mentions[static_cast<size_t>(m)].end;
  return after < t.size() && is_saying(t[after].lower) ? m : -1;
}

int SpeakerBeforeQuote(const std::vector<Token>& t, const std::vector<Mention>& mentions, size_t open,
                       const SayingVerb& is_saying) {
  size_t k = open;
  if (k > 0 && (t[k - 1].text == ":" || t[k - 1].text == ",")) --k;
  if (k == 0 || !is_saying(t[k - 1].lower)) return -1;
  for (size_t m = mentions.size(); m > 0; --m) {
    const Mention& before = mentions[m - 1];
    if (before.end + 1 == k && !before.pronoun) return static_cast<int>(m - 1);
  }
  return -1;
}


bool AddSpeakerAsWe(const std::vector<Token>& t, size_t begin, size_t end, const ActorRef& speaker,
                    std::vector<Mention>* mentions) {
  std::vector<Mention> added;
  for (size_t w = begin; w < end && w < t.size(); ++w) {
    if (t[w].lower != "we" && t[w].lower != "us") continue;
    const bool named = std::any_of(mentions->begin(), mentions->end(),
                                   [&](const Mention& m) { return m.begin <= w && w < m.end; });
    if (!named) added.push_back(Mention{w, w + 1, speaker, false, true, false});
  }
  if (added.empty()) return false;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(), [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return true;
}

void AddQuotedSpeakers(const std::vector<Token>& t, size_t from, const SayingVerb& is_saying,
                       std::vector<Mention>* mentions) {
  size_t open = 0;
  bool inside = false;
  for (size_t k = from; k < t.size(); ++k) {
    if (t[k].text != "\"") continue;
    if (!inside) {
      open = k;
      inside = true;
      continue;
    }
    inside = false;
    int speaker = SpeakerAfterQuote(t, *mentions, k, is_saying);
    if (speaker < 0) speaker = SpeakerBeforeQuote(t, *mentions, open, is_saying);
    if (speaker >= 0) AddSpeakerAsWe(t, open + 1, k, (*mentions)[static_cast<size_t>(speaker)].actor, mentions);
  }
}

}  // namespace geokg::mention_rules
