using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Security;

/// <summary>A partner system may push only to its own inbound endpoint: SOLIS's token cannot post as SI-SIAO.</summary>
public sealed class OwnInboundRequirement : IAuthorizationRequirement;

internal sealed class OwnInboundHandler : AuthorizationHandler<OwnInboundRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OwnInboundRequirement requirement)
    {
        var system = (context.Resource as HttpContext)?.GetRouteValue("system") as string;
        if (system is not null && context.User.IsInRole(HubRoles.ForSystem(system)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
