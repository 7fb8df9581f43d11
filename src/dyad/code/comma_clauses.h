// Removal of comma-delimited clauses ("Arnor, five years after the war,
// restored ties") before verbs are matched, as PETRARCH and TABARI do: an
// aside between commas must not supply a verb's source or target.
#ifndef DYAD_CODE_COMMA_CLAUSES_H_
#define DYAD_CODE_COMMA_CLAUSES_H_

#include "dyad/code/coder_options.h"
#include "dyad/code/linear_parse.h"
#include "dyad/tree/parse_tree.h"

namespace dyad {

// Removes from parse->items the complete phrases of each clause whose length
// in words (tokens beginning with a letter) lies in the options' range:
//   - the clause before the first comma (comma_bmin..comma_bmax),
//   - the clause after the last comma (comma_emin..comma_emax; the final
//     punctuation is kept),
//   - each clause between two commas (comma_min..comma_max), its opening
//     comma included.
// Phrases that only partly lie in a clause stay, so the markers remain
// balanced. With options.clause_roles (articles) a clause holding the verb of
// the sentence's main clause stays whole: in "On Saturday, France restored
// ties with Germany." the clause after the last comma is the news itself. Afterwards a comma with no words before it (or, at the end, after
// it) is removed as well. `tree` must be the tree `parse` was built from.
void RemoveCommaClauses(const ParseTree& tree, const CoderOptions& options, LinearParse* parse);

}  // namespace dyad

#endif  // DYAD_CODE_COMMA_CLAUSES_H_
