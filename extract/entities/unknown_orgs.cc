// Organisations the dictionaries do not know, recognised by the shape of their
// name: a capitalised sequence ending in an organisation's head word ("the
// Ceasefire Violations Committee", "Rapid Support Forces"), with an acronym
// defined in parentheses after it ("(CFVC)") and reused later in the article.
#include <string>
#include <unordered_set>

#include "extract/text/lexicon.h"
#include "extract/entities/mention_rules.h"
#include "extract/entities/mentions.h"

namespace geokg {
namespace {

enum class HeadKind { kNone, kOrganization, kArmedGroup, kParty };

HeadKind OrgHeadKind(const std::string& word) {
  static const std::unordered_set<std::string> kOrganization = {
      "Committee", "Council", "Commission", "Agency", "Authority", "Organisation", "Organization", "Union",
      "Alliance", "Coalition", "Association", "Federation", "Assembly", "League", "Mission", "Tribunal",
      "Bureau", "Institute", "Foundation", "Network", "Triangle", "Taskforce", "Initiative", "Secretariat",
      "Congress", "Conference", "Forum", "Partnership", "Group", "Court"};
  static const std::unordered_set<std::string> kArmed = {"Front", "Forces", "Army", "Brigade", "Brigades", "Militia",
                                                         "Battalion", "Battalions", "Movement", "Corps"};
  if (word == "Party") return HeadKind::kParty;
  if (kArmed.count(word)) return HeadKind::kArmedGroup;
  return kOrganization.count(word) ? HeadKind::kOrganization : HeadKind::kNone;
}

// Lower-case words inside a name: "Ministry of Foreign Affairs", "Movement for Democracy".
bool IsNameConnector(const std::string& w) { return w == "of" || w == "for" || w == "and" || w == "the" || w == "on"; }

}  // namespace

bool mention_rules::IsOrgHeadWord(const std::string& word) { return OrgHeadKind(word) != HeadKind::kNone; }

bool MentionFinder::MatchUnknownOrg(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  // An acronym or name defined earlier in the article.
  for (const auto& [form, actor] : ctx->named_orgs) {
    if (t[i].text != form) continue;
    m->mention = Mention{i, i + 1, actor, false, false, false};
    m->length = 1;
    return true;
  }
  if (!t[i].capitalized || !t[i].word || IsDeterminer(t[i].lower) || IsPreposition(t[i].lower) ||
      IsSubordinator(t[i].lower) || IsMonthOrDay(t[i].text)) {
    return false;
  }
  // The capitalised run from i, connectors inside, at most eight tokens.
  size_t run_end = i;
  for (size_t k = i; k < t.size() && k < i + 8; ++k) {
    if (t[k].word && t[k].capitalized) {
      run_end = k + 1;
    } else if (!IsNameConnector(t[k].lower) || k + 1 >= t.size() || !t[k + 1].capitalized) {
      break;
    }
  }
  // The run up to its last head word ("the Ceasefire Violations Committee")...
  size_t end = 0;
  HeadKind kind = HeadKind::kNone;
  for (size_t k = i + 1; k < run_end; ++k) {
    if (HeadKind h = OrgHeadKind(t[k].text); h != HeadKind::kNone && t[k].capitalized) {
      end = k + 1;
      kind = h;
    }
  }
  // ... or all of it when a head word opens it with "of" or "for" and the rest
  // names no actor the dictionaries know ("Government of National Accord",
  // "Movement for Democratic Change"; not "Government of Pakistan").
  const HeadKind first = t[i].text == "Government" ? HeadKind::kOrganization : OrgHeadKind(t[i].text);
  if (end == 0 && first != HeadKind::kNone && run_end > i + 2 && (t[i + 1].lower == "of" || t[i + 1].lower == "for")) {
    std::vector<int> values;
    bool known = false;
    for (size_t k = i + 2; k < run_end && !known; ++k) known = t[k].capitalized && ActorMatch(t, k, &values) > 0;
    if (!known) {
      end = run_end;
      kind = first;
    }
  }
  if (end == 0) return false;
  // A sentence's first word is capitalised anyway: only a run of three words
  // or more starts a name there ("Opposition Forces" may be two common words).
  if (i == 0 && end - i < 3) return false;
  std::string name = mention_rules::JoinText(t, i, end);
  ActorType type = kind == HeadKind::kParty        ? ActorType::kParty
                   : kind == HeadKind::kArmedGroup ? ActorType::kArmedGroup
                                                   : ActorType::kOrganization;
  ActorRef actor{Slugify(name), name, type, "", ""};
  ctx->named_orgs.emplace_back(name, actor);
  m->mention = Mention{i, end, actor, false, false, false};
  m->length = end - i;
  return true;
}

bool MentionFinder::MatchStateNamedOrg(const std::vector<Token>& t, size_t i, ArticleContext* ctx, Match* m) const {
  std::vector<int> values;
  const size_t len = ActorMatch(t, i, &values);
  if (!len || values.size() != 1 || i + len >= t.size()) return false;
  const ActorRef state = knowledge_.Ref(values[0]);
  if (state.type != ActorType::kCountry || !t[i + len].capitalized || ActorMatch(t, i + len, &values)) return false;
  if (!MatchUnknownOrg(t, i, ctx, m) || m->length <= len) return false;
  m->mention.actor.country = state.id;
  if (!ctx->named_orgs.empty() && ctx->named_orgs.back().second.id == m->mention.actor.id) {
    ctx->named_orgs.back().second.country = state.id;
  }
  return true;
}

}  // namespace geokg
