#include "cli/ego_walk.h"

#include <algorithm>
#include <utility>

#include "cli/query_common.h"

namespace geokg::cli {
namespace {

constexpr int kUnreached = -1;

// The actors the walk has reached, by store-local number: their level and
// their slot in the order of reaching.
class Reached {
 public:
  int Level(uint32_t actor) const { return actor < level_.size() ? level_[actor] : kUnreached; }
  uint32_t Slot(uint32_t actor) const { return slot_[actor]; }
  void Add(uint32_t actor, int level) {
    if (actor >= level_.size()) {
      level_.resize(size_t{actor} + 1 + actor / 2, kUnreached);
      slot_.resize(level_.size(), 0);
    }
    level_[actor] = level;
    slot_[actor] = static_cast<uint32_t>(order_.size());
    order_.push_back(actor);
  }
  const std::vector<uint32_t>& order() const { return order_; }

 private:
  std::vector<int> level_;
  std::vector<uint32_t> slot_;
  std::vector<uint32_t> order_;
};

// A relation between an actor and one a level closer to the center (slots).
struct Step {
  uint32_t actor;
  uint32_t closer;
  uint64_t mentions;
};

// The relations of the `frontier` actors that pass `filter`, read per actor.
// A relation between two of them comes twice (once from each); the walk
// ignores those.
Status ForEachAdmittedLink(GraphStore& store, const std::vector<uint32_t>& frontier, const EdgeFilter& filter,
                           const std::function<void(const Link&)>& fn) {
  std::vector<std::string> ids;
  Status s = store.ActorIds(frontier, &ids);
  std::vector<std::string> ends;  // subject, object of each admitted relation
  std::vector<uint64_t> mentions;
  std::vector<uint32_t> numbers;
  for (size_t i = 0; s.ok() && i < ids.size(); ++i) {
    ends.clear();
    mentions.clear();
    s = ForEachAdmittedEdge(store, ids[i], Direction::kBoth, filter, [&](const EdgeRecord& edge) {
      ends.push_back(edge.key.subject);
      ends.push_back(edge.key.object);
      mentions.push_back(edge.mentions);
      return true;
    });
    if (s.ok()) s = store.ActorNumbers(ends, &numbers);
    for (size_t k = 0; s.ok() && k < mentions.size(); ++k) {
      if (numbers[2 * k] != numbers[2 * k + 1]) fn(Link{numbers[2 * k], numbers[2 * k + 1], mentions[k]});
    }
  }
  return s;
}

// Fills link_mentions and via of every actor but the center from the steps
// (grouped by actor with a counting sort, then summed per closer actor).
void SumSteps(const std::vector<Step>& steps, std::vector<EgoActor>* actors) {
  std::vector<size_t> begin(actors->size() + 1, 0);
  for (const Step& step : steps) ++begin[step.actor + 1];
  for (size_t i = 1; i < begin.size(); ++i) begin[i] += begin[i - 1];
  std::vector<std::pair<uint32_t, uint64_t>> grouped(steps.size());  // (closer, mentions)
  std::vector<size_t> fill(begin.begin(), begin.end() - 1);
  for (const Step& step : steps) grouped[fill[step.actor]++] = {step.closer, step.mentions};
  for (size_t a = 0; a < actors->size(); ++a) {
    auto first = grouped.begin() + static_cast<ptrdiff_t>(begin[a]);
    auto last = grouped.begin() + static_cast<ptrdiff_t>(begin[a + 1]);
    std::sort(first, last);
    EgoActor& actor = (*actors)[a];
    uint64_t best = 0;
    for (auto it = first; it != last;) {
      const uint32_t closer = it->first;
      uint64_t sum = 0;
      for (; it != last && it->first == closer; ++it) sum += it->second;
      actor.link_mentions += sum;
      const std::string& id = (*actors)[closer].id;
      if (sum > best || (sum == best && id < actor.via)) {
        best = sum;
        actor.via = id;
      }
    }
  }
}

}  // namespace

Status WalkEgo(GraphStore& store, const std::string& center, int depth, const EdgeFilter& filter, size_t limit,
               std::vector<EgoActor>* actors) {
  actors->clear();
  std::vector<uint32_t> numbers;
  Status s = store.ActorNumbers({center}, &numbers);
  if (!s.ok()) return s;
  if (numbers[0] == 0) return Status::NotFound("no actor has the id '" + center + "'");
  Reached reached;
  reached.Add(numbers[0], 0);
  std::vector<Step> steps;
  std::vector<uint32_t> frontier{numbers[0]};
  for (int d = 0; d < depth && !frontier.empty(); ++d) {
    if (limit > 0 && reached.order().size() >= limit) break;  // the rows listed are final
    std::vector<uint32_t> next;
    auto on_link = [&](const Link& link) {
      for (const auto& [from, to] : {std::pair{link.actor, link.neighbor}, std::pair{link.neighbor, link.actor}}) {
        if (reached.Level(from) != d) continue;
        const int level = reached.Level(to);
        if (level == kUnreached) {
          reached.Add(to, d + 1);
          next.push_back(to);
        } else if (level != d + 1) {
          continue;
        }
        steps.push_back(Step{reached.Slot(to), reached.Slot(from), link.mentions});
      }
    };
    s = filter.PassesAll() ? store.ForEachLinkOf(frontier, on_link)
                           : ForEachAdmittedLink(store, frontier, filter, on_link);
    if (!s.ok()) return s;
    frontier = std::move(next);
  }

  std::vector<std::string> ids;
  if (s = store.ActorIds(reached.order(), &ids); !s.ok()) return s;
  actors->resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    (*actors)[i].id = std::move(ids[i]);
    (*actors)[i].depth = reached.Level(reached.order()[i]);
  }
  SumSteps(steps, actors);
  std::sort(actors->begin(), actors->end(), [](const EgoActor& a, const EgoActor& b) {
    if (a.depth != b.depth) return a.depth < b.depth;
    if (a.link_mentions != b.link_mentions) return a.link_mentions > b.link_mentions;
    return a.id < b.id;
  });
  if (limit > 0 && actors->size() > limit) actors->resize(limit);
  return Status::OK();
}

}  // namespace geokg::cli
