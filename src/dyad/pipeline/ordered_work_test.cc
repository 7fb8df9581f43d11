#include "dyad/pipeline/ordered_work.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace dyad {
namespace {

TEST(RunInOrder, ConsumesEveryChunkOnceInOrderWhateverTheThreads) {
  for (size_t threads : {size_t{0}, size_t{1}, size_t{2}, size_t{4}}) {
    constexpr size_t kChunks = 200;
    std::vector<std::atomic<int>> done(kChunks);
    std::atomic<bool> worker_in_range = true;
    std::vector<size_t> consumed;
    RunInOrder<size_t>(
        kChunks, threads,
        [&](size_t chunk, size_t worker) {
          if (worker >= std::max<size_t>(threads, 1)) worker_in_range = false;
          ++done[chunk];
          return chunk * 3;
        },
        [&](size_t chunk, size_t& result) {
          EXPECT_EQ(result, chunk * 3);
          consumed.push_back(chunk);
        });
    ASSERT_EQ(consumed.size(), kChunks) << threads << " threads";
    for (size_t c = 0; c < kChunks; ++c) {
      EXPECT_EQ(consumed[c], c);
      EXPECT_EQ(done[c], 1);
    }
    EXPECT_TRUE(worker_in_range);
  }
}

TEST(RunInOrder, NoChunksNoCalls) {
  int calls = 0;
  RunInOrder<int>(0, 4, [&](size_t, size_t) { return ++calls; }, [&](size_t, int&) { ++calls; });
  EXPECT_EQ(calls, 0);
}

}  // namespace
}  // namespace dyad
