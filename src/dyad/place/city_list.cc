#include "dyad/place/city_list.h"

#include <optional>

namespace dyad {
namespace {

// A cursor over protobuf bytes; every read fails (nullopt) instead of running
// past the end.
class WireReader {
 public:
  explicit WireReader(std::string_view bytes) : bytes_(bytes) {}
  bool done() const { return pos_ >= bytes_.size(); }
  size_t pos() const { return pos_; }

  std::optional<uint64_t> Varint() {
    uint64_t value = 0;
    for (int shift = 0; shift < 64 && pos_ < bytes_.size(); shift += 7) {
      const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
      value |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    return std::nullopt;
  }
  std::optional<std::string_view> Bytes() {
    std::optional<uint64_t> length = Varint();
    if (!length || *length > bytes_.size() - pos_) return std::nullopt;
    std::string_view out = bytes_.substr(pos_, *length);
    pos_ += *length;
    return out;
  }
  bool Skip(size_t n) {
    if (n > bytes_.size() - pos_) return false;
    pos_ += n;
    return true;
  }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

constexpr int64_t kMaxDelta = 360 * 100000;

int64_t ZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// Decodes one message into `city`, adding its coordinate deltas to *lat/*lon.
// Returns the reason it cannot, or empty.
std::string DecodeCity(std::string_view message, CityRecord* city, int64_t* lat, int64_t* lon) {
  WireReader in(message);
  while (!in.done()) {
    std::optional<uint64_t> tag = in.Varint();
    if (!tag) return "truncated field tag";
    const uint64_t field = *tag >> 3;
    switch (*tag & 7) {
      case 0: {
        std::optional<uint64_t> v = in.Varint();
        if (!v) return "truncated varint in field " + std::to_string(field);
        if (field == 9) city->population = *v > UINT32_MAX ? UINT32_MAX : static_cast<uint32_t>(*v);
        if (field == 10 || field == 11) {
          // A real delta spans at most 360 degrees; refusing larger ones keeps
          // the running sums far from overflow.
          const int64_t delta = ZigZag(*v);
          if (delta < -kMaxDelta || delta > kMaxDelta) return "coordinate delta out of range";
          *(field == 10 ? lon : lat) += delta;
        }
        break;
      }
      case 2: {
        std::optional<std::string_view> s = in.Bytes();
        if (!s) return "truncated string in field " + std::to_string(field);
        if (field == 2) city->name = *s;
        if (field == 3) city->country = *s;
        if (field == 7) city->feature_code = *s;
        break;
      }
      case 1:
        if (!in.Skip(8)) return "truncated fixed64 field";
        break;
      case 5:
        if (!in.Skip(4)) return "truncated fixed32 field";
        break;
      default:
        return "unsupported wire type " + std::to_string(*tag & 7);
    }
  }
  return "";
}

}  // namespace

Result<std::vector<CityRecord>> DecodeCityList(std::string_view bytes, std::string_view file,
                                               Diagnostics* diagnostics) {
  constexpr int64_t kMaxLatitude = 90 * 100000, kMaxLongitude = 180 * 100000;
  std::vector<CityRecord> cities;
  WireReader in(bytes);
  int64_t lat = 0, lon = 0;
  for (int record = 1; !in.done(); ++record) {
    const size_t offset = in.pos();
    auto corrupt = [&](const std::string& why) {
      return Status::Corrupt(std::string(file) + ": record " + std::to_string(record) +
                             " at byte " + std::to_string(offset) + ": " + why);
    };
    std::optional<std::string_view> message = in.Bytes();
    if (!message) return corrupt("length prefix runs past the end of the file");
    CityRecord city;
    city.record = record;
    if (std::string why = DecodeCity(*message, &city, &lat, &lon); !why.empty()) return corrupt(why);
    std::string unusable;
    if (city.name.empty()) unusable = "no name";
    else if (city.country.size() != 2) unusable = "no two-letter country code";
    else if (lat < -kMaxLatitude || lat > kMaxLatitude || lon < -kMaxLongitude || lon > kMaxLongitude)
      unusable = "coordinates out of range";
    if (!unusable.empty()) {
      diagnostics->Error(file, 0, "record " + std::to_string(record) + " (" + city.name +
                                      "): " + unusable + "; skipped");
      continue;
    }
    city.latitude = static_cast<int32_t>(lat);
    city.longitude = static_cast<int32_t>(lon);
    cities.push_back(std::move(city));
  }
  return cities;
}

}  // namespace dyad
