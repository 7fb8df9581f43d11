// The CAMEO event-code table: for each code its name, root, quad class and
// Goldstein value.
//
//   const EventCodeInfo* info = FindEventCode("042");
//   if (info) printf("%s %.1f\n", info->name, info->goldstein);
//
// Dictionaries may carry codes outside this table (test dictionaries use 174K,
// 345, 1010): they are kept as written and reported by lint, never remapped.
#ifndef DYAD_CAMEO_EVENT_CODES_H_
#define DYAD_CAMEO_EVENT_CODES_H_

#include <span>
#include <string_view>

namespace dyad {

struct EventCodeInfo {
  const char* code;  // "042", "0874", "19"
  int quad_class;    // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein;  // -10 .. +10
  const char* name;

  // The first two digits of the code.
  std::string_view root() const { return std::string_view(code, 2); }
};

// Every code of the table, in code order.
std::span<const EventCodeInfo> AllEventCodes();

// The entry for `code`, or nullptr when the table has no such code.
const EventCodeInfo* FindEventCode(std::string_view code);

// The quad class a code's root implies (01-05: 1, 06-08: 2, 09-13: 3, 14-20: 4),
// or 0 when `code` does not start with a root 01-20. Works for codes outside the
// table, which dictionaries may use.
int QuadClassOfRoot(std::string_view code);

}  // namespace dyad

#endif  // DYAD_CAMEO_EVENT_CODES_H_
