using Hub.Simulators.ApiParticulier;
using Hub.Simulators.Generation;

namespace Hub.Simulators.Cpam;

/// <summary>CPAM du Haut-Rhin: API Particulier v3 complémentaire santé solidaire, and the saisine receiver (PUMa, C2S).</summary>
public sealed class CpamSimulator(HouseholdGenerator generator) : OrganisationSimulator(
    SimulatedSystem.Cpam,
    generator,
    ["complementaire_sante_solidaire"],
    generator.Options.CpamReferralKeys,
    ["PUMA", "C2S"],
    ["CPAM68-LDA-01", "CPAM68-LDA-02"],
    "CPAM68-LDA");
