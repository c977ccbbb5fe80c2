// TEMPORARY: reads WordNet at run time until the generated table lands.
#include "extract/syntax/word_forms.h"

#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace geokg::syntax {
namespace {
struct Store {
  std::unordered_map<std::string, uint16_t> index[4];
  std::unordered_map<std::string, std::vector<std::string>> exc[4];
  std::unordered_map<std::string, std::vector<FormReading>> cache;
  std::vector<std::unique_ptr<std::string>> lemmas;
  std::mutex mu;
};
Store& S() {
  static Store* s = [] {
    auto* st = new Store;
    const char* names[4] = {"noun", "verb", "adj", "adv"};
    for (int c = 0; c < 4; ++c) {
      std::ifstream in(std::string("/usr/share/wordnet/index.") + names[c]);
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;
        std::istringstream ls(line);
        std::string lemma, pos; int cnt = 0;
        ls >> lemma >> pos >> cnt;
        st->index[c][lemma] = static_cast<uint16_t>(cnt);
      }
      std::ifstream ex(std::string("/usr/share/wordnet/") + names[c] + ".exc");
      while (std::getline(ex, line)) {
        std::istringstream ls(line);
        std::string form, base;
        ls >> form;
        while (ls >> base) st->exc[c][form].push_back(base);
      }
    }
    return st;
  }();
  return *s;
}
}  // namespace

std::span<const FormReading> ReadingsOf(std::string_view lower_view) {
  Store& st = S();
  std::lock_guard<std::mutex> lock(st.mu);
  std::string lower(lower_view);
  auto it = st.cache.find(lower);
  if (it != st.cache.end()) return it->second;
  std::vector<FormReading> out;
  auto add = [&](int c, const std::string& lemma, Inflection inf) {
    auto f = st.index[c].find(lemma);
    if (f == st.index[c].end()) return;
    for (auto& r : out) if (r.open_class == (1 << c) && r.lemma == lemma && r.inflection == inf) return;
    st.lemmas.push_back(std::make_unique<std::string>(lemma));
    out.push_back(FormReading{static_cast<uint8_t>(1 << c), inf, *st.lemmas.back(), f->second});
  };
  auto ends = [&](const char* s) { std::string x(s); return lower.size() > x.size() + 1 && lower.compare(lower.size() - x.size(), x.size(), x) == 0; };
  auto cut = [&](size_t n, const char* add_s) { return lower.substr(0, lower.size() - n) + add_s; };
  for (int c = 0; c < 4; ++c) add(c, lower, Inflection::kNone);
  for (int c = 0; c < 3; ++c) {
    auto e = st.exc[c].find(lower);
    if (e == st.exc[c].end()) continue;
    for (auto& b : e->second) {
      Inflection inf = c == 0 ? Inflection::kPlural : c == 2 ? Inflection::kComparative
                       : ends("ing") ? Inflection::kGerund : ends("s") ? Inflection::kThirdPerson : Inflection::kPastOrParticiple;
      add(c, b, inf);
    }
  }
  if (ends("s")) { add(0, cut(1, ""), Inflection::kPlural); add(1, cut(1, ""), Inflection::kThirdPerson); }
  if (ends("es")) { add(0, cut(2, ""), Inflection::kPlural); add(1, cut(2, ""), Inflection::kThirdPerson); }
  if (ends("ies")) { add(0, cut(3, "y"), Inflection::kPlural); add(1, cut(3, "y"), Inflection::kThirdPerson); }
  if (ends("men")) add(0, cut(3, "man"), Inflection::kPlural);
  if (ends("ed")) {
    add(1, cut(2, ""), Inflection::kPastOrParticiple); add(1, cut(1, ""), Inflection::kPastOrParticiple);
    if (ends("ied")) add(1, cut(3, "y"), Inflection::kPastOrParticiple);
    if (lower.size() > 4 && lower[lower.size()-3] == lower[lower.size()-4]) add(1, cut(3, ""), Inflection::kPastOrParticiple);
  }
  if (ends("ing")) {
    add(1, cut(3, ""), Inflection::kGerund); add(1, cut(3, "e"), Inflection::kGerund);
    if (lower.size() > 5 && lower[lower.size()-4] == lower[lower.size()-5]) add(1, cut(4, ""), Inflection::kGerund);
  }
  if (ends("er")) { add(2, cut(2, ""), Inflection::kComparative); add(2, cut(1, ""), Inflection::kComparative); }
  if (ends("est")) { add(2, cut(3, ""), Inflection::kSuperlative); add(2, cut(2, ""), Inflection::kSuperlative); }
  auto& slot = st.cache[lower];
  slot = std::move(out);
  return slot;
}

}  // namespace geokg::syntax
