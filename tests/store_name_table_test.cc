// NameTable, the interner's cache of names: every name added is found with
// its int and its own bytes, absent names are not, across growth and Clear().
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

#include "store/name_table.h"

namespace geokg::store {
namespace {

TEST(NameTable, FindsWhatWasAddedAcrossGrowth) {
  NameTable table;
  EXPECT_EQ(table.Find("USA"), 0u);
  std::map<std::string, uint32_t> added;
  std::mt19937 rng(3);
  for (uint32_t id = 1; id <= 20000; ++id) {
    // Short, long (beyond a block's end), empty, and names that differ only in their last byte or length.
    std::string name = "actor-" + std::to_string(id);
    if (id % 97 == 0) name += std::string(rng() % 70000, 'x');
    if (id % 5 == 0) name += '\0';
    if (id == 7) name.clear();
    ASSERT_EQ(table.Find(name), 0u) << id;
    table.Add(name, id);
    added[name] = id;
  }
  EXPECT_EQ(table.size(), added.size());
  for (const auto& [name, id] : added) {
    std::string_view stored;
    ASSERT_EQ(table.Find(name, &stored), id);
    EXPECT_EQ(stored, name);
    EXPECT_NE(stored.data(), name.data());  // the table's own copy
  }
  EXPECT_EQ(table.Find("actor-10"), 0u);  // "actor-10\0" is there, not "actor-10"
  EXPECT_EQ(table.Find("actor-1000"), 0u);
  EXPECT_EQ(table.Find("actor-20001"), 0u);
  EXPECT_EQ(table.Find("actor-1"), 1u);
}

TEST(NameTable, StoredViewsStayValidWhileTheTableGrows) {
  NameTable table;
  table.Add("first", 1);
  std::string_view stored;
  ASSERT_EQ(table.Find("first", &stored), 1u);
  for (uint32_t id = 2; id < 5000; ++id) table.Add("name " + std::to_string(id), id);
  EXPECT_EQ(stored, "first");
  std::string_view again;
  EXPECT_EQ(table.Find("first", &again), 1u);
  EXPECT_EQ(again.data(), stored.data());
}

TEST(NameTable, ClearForgetsEverything) {
  NameTable table;
  for (uint32_t id = 1; id < 3000; ++id) table.Add(std::to_string(id), id);
  table.Clear();
  EXPECT_EQ(table.size(), 0u);
  EXPECT_EQ(table.Find("1"), 0u);
  EXPECT_EQ(table.Find("2999"), 0u);
  table.Add("1", 42);
  EXPECT_EQ(table.Find("1"), 42u);
}

}  // namespace
}  // namespace geokg::store
