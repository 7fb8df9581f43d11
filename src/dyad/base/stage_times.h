// Where a pipeline's time goes, stage by stage. A caller that wants the
// profile hands a StageTimes to the parser and the coder (set_stage_times);
// they then add the steady-clock time of each stage to it. Off (null) by
// default: reading the clock around every sentence costs about a percent.
//
//   StageTimes times;
//   coder.set_stage_times(&times);    // ArticleCoder passes it on
//   ... code ...
//   printf("tag %.3f s\n", times.tag);
#ifndef DYAD_BASE_STAGE_TIMES_H_
#define DYAD_BASE_STAGE_TIMES_H_

#include <chrono>

namespace dyad {

struct StageTimes {  // seconds
  double tokenize = 0;
  double split = 0;   // sentences
  double tag = 0;     // part-of-speech tags
  double chunk = 0;   // phrase structure: the tree, aligned to the text
  double match = 0;   // dictionary words, discards, linear parse, actors, verbs and their patterns
  double code = 0;    // sources, targets and events; event records with dates, places, spans

  double total() const { return tokenize + split + tag + chunk + match + code; }
};

// Charges the time between marks to stages; does nothing without times.
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times) {
    if (times_ != nullptr) last_ = Clock::now();
  }
  // Adds the time since the last mark to `stage`, e.g. &StageTimes::tag.
  void Mark(double StageTimes::*stage) {
    if (times_ == nullptr) return;
    const Clock::time_point now = Clock::now();
    times_->*stage += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }
  // Charges the time since the last mark to no stage (someone else's work).
  void Skip() {
    if (times_ != nullptr) last_ = Clock::now();
  }

 private:
  using Clock = std::chrono::steady_clock;
  StageTimes* times_;
  Clock::time_point last_;
};

}  // namespace dyad

#endif  // DYAD_BASE_STAGE_TIMES_H_
