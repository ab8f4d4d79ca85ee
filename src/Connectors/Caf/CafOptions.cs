using Hub.Connectors.ApiParticulier;

namespace Hub.Connectors.Caf;

/// <summary>Section <c>Hub:Connectors:caf</c>: API Particulier (QF, RSA, prime d'activité, AAH, ASF) and the CAF saisine receiver.</summary>
public sealed class CafOptions : ApiParticulierConnectorOptions;
