using Hub.Simulators.ApiParticulier;
using Hub.Simulators.Generation;

namespace Hub.Simulators.Caf;

/// <summary>
/// CAF du Haut-Rhin: API Particulier v3 (quotient familial CAF &amp; MSA, RSA, prime d'activité, AAH, ASF, plus AEEH and
/// participation EAJE replayed from the sandbox) and the saisine receiver of the CAF LDA referent.
/// </summary>
public sealed class CafSimulator(HouseholdGenerator generator) : OrganisationSimulator(
    SimulatedSystem.Caf,
    generator,
    [.. SandboxCases.Endpoints.Where(e => e != "complementaire_sante_solidaire")],
    generator.Options.CafReferralKeys,
    ["RSA", "PRIME_ACTIVITE", "AAH", "ASF", "AIDE_LOGEMENT", "QF"],
    ["CAF68-LDA-01", "CAF68-LDA-02", "CAF68-LDA-03"],
    "S68");
