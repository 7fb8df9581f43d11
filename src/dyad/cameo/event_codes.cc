#include "dyad/cameo/event_codes.h"

#include <algorithm>

namespace dyad {

const EventCodeInfo* FindEventCode(std::string_view code) {
  std::span<const EventCodeInfo> all = AllEventCodes();
  auto it = std::lower_bound(all.begin(), all.end(), code,
                             [](const EventCodeInfo& e, std::string_view c) { return e.code < c; });
  return (it != all.end() && it->code == code) ? &*it : nullptr;
}

int QuadClassOfRoot(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9') return 0;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  if (root >= 1 && root <= 5) return 1;
  if (root >= 6 && root <= 8) return 2;
  if (root >= 9 && root <= 13) return 3;
  if (root >= 14 && root <= 20) return 4;
  return 0;
}

}  // namespace dyad
