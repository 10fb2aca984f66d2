#include "pipeline/index/cached_stemmer.h"

#include <unordered_map>

namespace tandem::index {
namespace {

class CachingStemImplementation : public Xapian::StemImplementation {
 public:
  CachingStemImplementation(const std::string& language, size_t capacity)
      : stem_(language), capacity_(capacity) {}

  std::string operator()(const std::string& word) override {
    auto it = cache_.find(word);
    if (it != cache_.end()) return it->second;
    if (cache_.size() >= capacity_) cache_.clear();
    return cache_.emplace(word, stem_(word)).first->second;
  }

  std::string get_description() const override {
    return std::string("cached ").append(stem_.get_description());
  }

 private:
  Xapian::Stem stem_;
  size_t capacity_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace

Xapian::Stem CachedStemmer(const std::string& language, size_t capacity) {
  return Xapian::Stem(new CachingStemImplementation(language, capacity));
}

}  // namespace tandem::index
