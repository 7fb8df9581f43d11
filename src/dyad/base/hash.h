// A fast 64-bit hash of a short byte string, for the in-memory tables of
// words (vocabulary, lexicon, function words) that are probed for every word
// of every sentence. Not stable across versions: never store its values.
#ifndef DYAD_BASE_HASH_H_
#define DYAD_BASE_HASH_H_

#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad {

inline uint64_t HashWord(std::string_view word) {
  // Whole 8-byte loads where the word has them (the last one overlapping the
  // one before), two 4-byte ones for 4 to 7 bytes, single bytes below: no
  // per-byte loop for the short words the tables hold.
  auto load64 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load32 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<uint64_t>(v);
  };
  auto mix = [](uint64_t h, uint64_t chunk) {
    h = (h ^ chunk) * 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 31);
  };
  const char* p = word.data();
  const size_t n = word.size();
  uint64_t h = n * 0x9E3779B97F4A7C15ULL;
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) h = mix(h, load64(p + i));
    if (i < n) h = mix(h, load64(p + n - 8));
  } else if (n >= 4) {
    h = mix(h, (load32(p) << 32) | load32(p + n - 4));
  } else if (n > 0) {
    const auto byte = [p](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    h = mix(h, byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
  }
  h ^= h >> 29;
  h *= 0x94D049BB133111EBULL;
  return h ^ (h >> 32);
}

}  // namespace dyad

#endif  // DYAD_BASE_HASH_H_
