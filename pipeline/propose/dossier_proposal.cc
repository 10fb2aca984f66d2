#include "pipeline/propose/dossier_proposal.h"

namespace tandem::propose {

Result<Proposal> ProposeDossier(const Document& report, const ProposeOptions&) {
  return Fail(ErrorCode::kUsage, report.source, "proposing is not implemented yet");
}

Result<Proposal> ProposeDossierFromText(std::string_view, std::string_view,
                                        const std::string& source, const ProposeOptions&) {
  return Fail(ErrorCode::kUsage, source, "proposing is not implemented yet");
}

}  // namespace tandem::propose
