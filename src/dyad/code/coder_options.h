// Coding options, as PETRARCH's configuration and the <Config> elements of a
// validation file set them.
//
//   CoderOptions options;                       // PETRARCH's defaults
//   Status s = options.Set("require_dyad", "False");
#ifndef DYAD_CODE_CODER_OPTIONS_H_
#define DYAD_CODE_CODER_OPTIONS_H_

#include <string_view>

#include "dyad/base/status.h"

namespace dyad {

struct CoderOptions {
  // Drop events whose source or target is the bare null actor `---`.
  bool require_dyad = true;
  // When > 0, an entity with no actor or agent is reported as its quoted
  // words ("INJURY TOLL") if it has fewer than this many words.
  int new_actor_length = 0;
  // Comma-delimited clauses of [min, max] counted words are removed: inside
  // the sentence, at its beginning (b) and at its end (e). max 0 = off.
  int comma_min = 2, comma_max = 8;
  int comma_bmin = 0, comma_bmax = 0;
  int comma_emin = 2, comma_emax = 8;
  // dyad's clause rules for news articles (coder.h, "Clauses"): a verb's
  // source is its own subject, its default target lies before any finite
  // clause with a subject of its own, and such clauses are coded on their
  // own. Off, the source is the first actor before the verb and targets may
  // lie in embedded clauses, as PETRARCH's validation records expect
  // ("Gondor's Prime Minister noted that Cirith Ungol regretted ..." is
  // Gondor's regret there). Not a <Config> option.
  bool clause_roles = false;
  // The caller keeps only events whose source and target both name actors
  // (neither `---`, nor an agent alone such as `---GOV`, nor a quoted
  // phrase), as article coding does. Such an event needs two different
  // actors among the sentence's entities (`A/B` codes split), so a sentence
  // with fewer and with no noun event yields no events at all and its verbs
  // are not coded; any other sentence is coded in full. Not a <Config>
  // option.
  bool actor_dyads_only = false;

  // Sets the option `name` from its text `value`. Booleans take any case of
  // true/false; numbers are decimal integers >= 0. `stop_on_error` is
  // accepted and has no effect on coding. InvalidArgument names the problem
  // for an unknown option or a bad value, and leaves the options unchanged.
  Status Set(std::string_view name, std::string_view value);
};

}  // namespace dyad

#endif  // DYAD_CODE_CODER_OPTIONS_H_
