using Hub.Connectors.ApiParticulier;

namespace Hub.Connectors.Cpam;

/// <summary>Section <c>Hub:Connectors:cpam</c>: API Particulier (C2S) and the CPAM saisine receiver.</summary>
public sealed class CpamOptions : ApiParticulierConnectorOptions;
