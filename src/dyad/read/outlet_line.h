// The line under a headline that names the outlet, the author or when the
// story was published, in the forms outlets print it:
//
//   AFP Published 12 Jul, 2025 05:56pm      Reuters · July 12, 2025
//   Published: 2025-07-12T17:56:00Z          July 12, 2025 5:56 PM EDT
//   12/07/2025                                Updated 13 Jul, 2025 08:10am
//   By Jane Doe, Reuters                      By Jane Doe | AP | July 12, 2025
//
// The line is cut into pieces at "·", "|", "•" and spaced dashes; each piece
// must be a date (after an optional "Published", "Updated", "Posted",
// "First published", "Last updated" and ":" or "on"), an outlet name, or
// "By <author>". A line with any other piece is body text, not an outlet line.
#ifndef DYAD_READ_OUTLET_LINE_H_
#define DYAD_READ_OUTLET_LINE_H_

#include <optional>
#include <string>
#include <string_view>

#include "dyad/read/publication_date.h"

namespace dyad {

struct OutletLine {
  std::string outlet;  // "AFP"; empty when the line names none
  std::string author;  // "Jane Doe" from "By Jane Doe, Reuters"; else empty
  // The date the line gives, when it gives one that parses.
  std::optional<Timestamp> date;
  bool updated = false;  // the date is an update ("Updated", "Last updated", "Modified")
  // Why a date the line clearly holds could not be read ("ambiguous date
  // '12/07/2025' ...", "no day 31 in month 2 ..."); empty otherwise.
  std::string date_problem;
};

// Parses `line` (one line, any surrounding whitespace) as an outlet line, or
// nullopt when it is not one. All-numeric dates are read with `order`, or,
// when that is unknown, with the convention of the outlet named on the line.
std::optional<OutletLine> ParseOutletLine(std::string_view line, DateOrder order);

}  // namespace dyad

#endif  // DYAD_READ_OUTLET_LINE_H_
