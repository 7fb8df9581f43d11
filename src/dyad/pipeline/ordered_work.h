// Work split into numbered chunks, done on several threads, its results
// consumed in chunk order on the calling thread: what the batch coders need
// to write the same bytes whatever the number of threads.
//
//   std::vector<Scratch> scratch(threads);       // one per worker
//   RunInOrder<Output>(chunk_count, threads,
//       [&](size_t chunk, size_t worker) { return Code(chunk, &scratch[worker]); },
//       [&](size_t chunk, Output& out) { Write(out); });
//
// The workers live for the whole call (no thread per chunk) and take chunks
// in order, never more than 4 per worker ahead of the one being consumed,
// which bounds the results held in memory. With one thread (or one chunk)
// everything runs on the calling thread, as worker 0.
#ifndef DYAD_PIPELINE_ORDERED_WORK_H_
#define DYAD_PIPELINE_ORDERED_WORK_H_

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace dyad {

// `work(chunk, worker)` returns a chunk's Result (worker < threads, so each
// worker may keep scratch of its own); `consume(chunk, result)` receives
// them in chunk order.
template <typename Result, typename Work, typename Consume>
void RunInOrder(size_t chunks, size_t threads, Work work, Consume consume) {
  const size_t workers = std::min(std::max<size_t>(threads, 1), chunks);
  if (workers <= 1) {
    for (size_t c = 0; c < chunks; ++c) {
      Result r = work(c, 0);
      consume(c, r);
    }
    return;
  }
  const size_t window = 4 * workers;
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  size_t next = 0, consumed = 0;
  std::vector<std::optional<Result>> results(chunks);
  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (size_t w = 0; w < workers; ++w) {
    pool.emplace_back([&, w] {
      for (;;) {
        size_t c;
        {
          std::unique_lock lock(mu);
          work_cv.wait(lock, [&] { return next >= chunks || next < consumed + window; });
          if (next >= chunks) return;
          c = next++;
        }
        Result r = work(c, w);
        {
          std::lock_guard lock(mu);
          results[c] = std::move(r);
        }
        done_cv.notify_one();
      }
    });
  }
  for (size_t c = 0; c < chunks; ++c) {
    Result r;
    {
      std::unique_lock lock(mu);
      done_cv.wait(lock, [&] { return results[c].has_value(); });
      r = std::move(*results[c]);
      results[c].reset();
      consumed = c + 1;
    }
    work_cv.notify_all();
    consume(c, r);
  }
  for (std::thread& t : pool) t.join();
}

}  // namespace dyad

#endif  // DYAD_PIPELINE_ORDERED_WORK_H_
