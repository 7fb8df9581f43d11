#include "dyad/place/gazetteer_format.h"

#include <bit>
#include <cstring>

namespace dyad::gazetteer_format {
namespace {

uint64_t Swap(uint64_t v) {
  uint64_t out = 0;
  for (int i = 0; i < 8; ++i, v >>= 8) out = out << 8 | (v & 0xFF);
  return out;
}

}  // namespace

uint64_t Checksum(std::string_view bytes) {
  constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  uint64_t hash = bytes.size() * kMultiplier;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    if constexpr (std::endian::native == std::endian::big) word = Swap(word);
    hash = std::rotl(hash ^ word, 27) * kMultiplier;
  }
  uint64_t tail = 0;
  for (size_t b = bytes.size(); b > i; --b) tail = (tail << 8) | static_cast<unsigned char>(bytes[b - 1]);
  hash = std::rotl(hash ^ tail, 27) * kMultiplier;
  return hash ^ (hash >> 31);
}

}  // namespace dyad::gazetteer_format
