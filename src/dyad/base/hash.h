// A fast 64-bit hash of a short byte string, for the in-memory tables of
// words (vocabulary, lexicon, function words) that are probed for every word
// of every sentence. Not stable across versions: never store its values.
#ifndef DYAD_BASE_HASH_H_
#define DYAD_BASE_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad {

namespace hash_internal {
inline uint64_t Load64(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t Load32(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
}  // namespace hash_internal

inline uint64_t HashWord(std::string_view word) {
  // Whole 8-byte loads where the word has them (the last one overlapping the
  // one before), two 4-byte ones for 4 to 7 bytes, single bytes below: no
  // per-byte loop for the short words the tables hold.
  using hash_internal::Load32;
  using hash_internal::Load64;
  auto mix = [](uint64_t h, uint64_t chunk) {
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
  };
  const char* p = word.data();
  const size_t n = word.size();
  uint64_t h = n * 0x9E3779B97F4A7C15ULL;
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) h = mix(h, Load64(p + i));
    if (i < n) h = mix(h, Load64(p + n - 8));
  } else if (n >= 4) {
    h = mix(h, (Load32(p) << 32) | Load32(p + n - 4));
  } else if (n > 0) {
    const auto byte = [p](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    h = mix(h, byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
  }
  h ^= h >> 29;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 32);
}

// Whether the n bytes at a and at b are the same: the word compared after a
// hash probe, with HashWord's loads rather than a call to memcmp, which costs
// more than the comparison itself for short words.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  using hash_internal::Load32;
  using hash_internal::Load64;
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      if (Load64(a + i) != Load64(b + i)) return false;
    }
    return Load64(a + n - 8) == Load64(b + n - 8);
  }
  if (n >= 4) return Load32(a) == Load32(b) && Load32(a + n - 4) == Load32(b + n - 4);
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace dyad

#endif  // DYAD_BASE_HASH_H_
