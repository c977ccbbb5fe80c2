#include "cli/actor_lookup.h"

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "extract/extractor.h"
#include "graph/names.h"

namespace geokg::cli {
namespace {

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    char32_t cp = length == 1 ? c : c & (0x3F >> (length - 1));
    for (int k = 1; k < length && i + k < s.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += length;
  }
  return out;
}

bool EqualsIgnoreAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

size_t MaxDistance(size_t length) { return length <= 4 ? 1 : length <= 8 ? 2 : 3; }

std::string JoinAlternatives(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

// "id  name (type, country)", the id padded to `width`.
std::string Describe(const ActorRecord& actor, size_t width) {
  std::string out = actor.id + std::string(width > actor.id.size() ? width - actor.id.size() : 0, ' ') +
                    "  " + actor.name + " (" + std::string(ToString(actor.type));
  if (!actor.country.empty() && actor.country != actor.id) out += ", " + actor.country;
  return out + ")";
}

// The dictionary's actors for `name` that the store holds. Empty when the
// extractor is unavailable.
std::vector<std::string> DictionaryCandidates(GraphStore& store, const std::string& name) {
  std::unique_ptr<Extractor> extractor;
  if (!Extractor::Create(ExtractorOptions(), &extractor).ok() || !extractor) return {};
  std::vector<std::string> ids;
  for (const auto& ref : extractor->LookupName(name)) {
    ActorRecord actor;
    if (store.GetActor(ref.id, &actor).ok()) ids.push_back(ref.id);
  }
  return ids;
}

}  // namespace

size_t EditDistance(std::string_view a_text, std::string_view b_text) {
  const std::u32string a = CodePoints(a_text), b = CodePoints(b_text);
  const size_t n = a.size(), m = b.size();
  // Three rows of the dynamic programme: i-2, i-1, i.
  std::vector<size_t> before(m + 1), previous(m + 1), current(m + 1);
  for (size_t j = 0; j <= m; ++j) previous[j] = j;
  for (size_t i = 1; i <= n; ++i) {
    current[0] = i;
    for (size_t j = 1; j <= m; ++j) {
      const size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
    }
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return previous[m];
}

Status SuggestNames(GraphStore& store, const std::string& name, size_t limit,
                    std::vector<std::string>* names) {
  names->clear();
  const std::string query = NormalizeName(name);
  if (query.empty()) return Status::OK();
  const size_t query_length = CodePoints(query).size();
  const size_t max_distance = MaxDistance(query_length);
  const std::string padded_query = " " + query + " ";
  // (distance, -mentions, name) of each close actor.
  std::vector<std::tuple<size_t, int64_t, std::string>> close;
  Status status = store.ForEachActor([&](const ActorRecord& actor) {
    size_t best = max_distance + 1;
    auto consider = [&](const std::string& text) {
      const std::string candidate = NormalizeName(text);
      if (candidate.empty()) return;
      const size_t length = CodePoints(candidate).size();
      const size_t gap = length > query_length ? length - query_length : query_length - length;
      if (gap <= max_distance) best = std::min(best, EditDistance(query, candidate));
      if (best > 1 && ((" " + candidate + " ").find(padded_query) != std::string::npos)) best = 1;
    };
    consider(actor.id);
    consider(actor.name);
    for (const auto& alias : actor.aliases) consider(alias);
    if (best <= max_distance) {
      close.emplace_back(best, -static_cast<int64_t>(actor.mentions), actor.name);
    }
    return true;
  });
  if (!status.ok()) return status;
  std::sort(close.begin(), close.end());
  std::set<std::string> listed;
  for (const auto& [distance, mentions, actor_name] : close) {
    if (names->size() >= limit) break;
    if (listed.insert(actor_name).second) names->push_back(actor_name);
  }
  return Status::OK();
}

Status LookupActor(GraphStore& store, const std::string& name, ActorRecord* actor) {
  std::vector<std::string> ids;
  Status status = store.ResolveName(name, &ids);
  if (!status.ok()) return status;
  if (ids.empty()) ids = DictionaryCandidates(store, name);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

  if (ids.empty()) {
    std::vector<std::string> suggestions;
    status = SuggestNames(store, name, 3, &suggestions);
    if (!status.ok()) return status;
    std::string message = "no actor named '" + name + "'";
    if (!suggestions.empty()) {
      message += " (did you mean " + JoinAlternatives(suggestions) + "?)";
    } else {
      message += " (list actors with 'geokg actors --match TEXT')";
    }
    return Status::NotFound(message);
  }

  std::vector<ActorRecord> candidates;
  for (const auto& id : ids) {
    ActorRecord record;
    status = store.GetActor(id, &record);
    if (status.IsNotFound()) continue;  // an alias left behind: not an actor
    if (!status.ok()) return status;
    candidates.push_back(std::move(record));
  }
  if (candidates.empty()) return Status::NotFound("no actor named '" + name + "'");
  if (candidates.size() == 1) {
    *actor = std::move(candidates.front());
    return Status::OK();
  }
  // Several: an exact id, then a unique canonical name, decides.
  const std::string normalized = NormalizeName(name);
  for (auto test : {0, 1}) {
    const ActorRecord* chosen = nullptr;
    int matches = 0;
    for (const auto& c : candidates) {
      bool match = test == 0 ? EqualsIgnoreAsciiCase(c.id, name) : NormalizeName(c.name) == normalized;
      if (match) {
        chosen = &c;
        ++matches;
      }
    }
    if (matches == 1) {
      *actor = *chosen;
      return Status::OK();
    }
  }
  std::string message = "'" + name + "' is ambiguous: it names " + std::to_string(candidates.size()) +
                        " actors; pass one of these ids:";
  size_t width = 0;
  for (const auto& c : candidates) width = std::max(width, c.id.size());
  for (const auto& c : candidates) message += "\n  " + Describe(c, width);
  return Status::Ambiguous(message);
}

}  // namespace geokg::cli
