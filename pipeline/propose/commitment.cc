#include "pipeline/propose/commitment.h"

namespace tandem::propose {

std::optional<Commitment> ReadCommitment(std::string_view, Language, std::string* reason) {
  if (reason) *reason = "not implemented yet";
  return std::nullopt;
}

}  // namespace tandem::propose
