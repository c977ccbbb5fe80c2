// PendingWrites hands a commit's writes over sorted by key, the last write to
// each key only: checked against std::map on keys of every length around the
// 16 bytes its entries compare first, with bytes 0x00 and 0xFF.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>

#include "store/pending_writes.h"

namespace geokg::store {
namespace {

TEST(PendingWrites, LatestWritesInKeyOrderMatchAMap) {
  std::mt19937 rng(11);
  const char alphabet[] = {'\0', '\x01', 'a', 'b', '\x7f', '\x80', '\xfe', '\xff'};
  PendingWrites writes;
  std::map<std::string, std::pair<std::string, bool>> expected;  // key -> (value, deleted)
  for (int i = 0; i < 20000; ++i) {
    size_t len = rng() % 26;  // shorter than, as long as, and longer than the 8- and 16-byte prefixes
    std::string key;
    // Shared beginnings make most comparisons go past the prefixes.
    if (rng() % 2) key = std::string(rng() % 20, 'k');
    for (size_t j = key.size(); j < len; ++j) key.push_back(alphabet[rng() % 8]);
    std::string value = std::to_string(i);
    bool del = rng() % 5 == 0;
    if (del) {
      writes.Delete(kCfOut, key);
      expected[key] = {"", true};
    } else {
      writes.Put(kCfOut, key, value);
      expected[key] = {value, false};
    }
  }
  auto it = expected.begin();
  size_t seen = 0;
  rocksdb::Status s = writes.ForEachLatest(kCfOut, [&](rocksdb::Slice key, rocksdb::Slice value, WriteKind kind) {
    const bool del = kind == WriteKind::kDelete;
    EXPECT_NE(it, expected.end());
    if (it == expected.end()) return rocksdb::Status::Corruption("too many");
    EXPECT_EQ(key.ToString(), it->first);
    EXPECT_EQ(del, it->second.second);
    if (!del) {
      EXPECT_EQ(value.ToString(), it->second.first);
    }
    ++it;
    ++seen;
    return rocksdb::Status::OK();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(seen, expected.size());
}

}  // namespace
}  // namespace geokg::store
