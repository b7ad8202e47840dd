using TescForce.Application.Common;
using TescForce.Domain.Identity;

namespace TescForce.UnitTests.Application;

public sealed class ActingUserTests
{
    [Fact]
    public void RequireRole_WhenTheUserHasTheRole_DoesNothing()
    {
        var curator = ActingUser.Create("u1", [Roles.Curator]);

        Should.NotThrow(() => curator.RequireRole(Roles.Curator));
        curator.IsCurator.ShouldBeTrue();
    }

    [Theory]
    [InlineData(Roles.CompanyMember)]
    [InlineData(Roles.ClientMember)]
    public void RequireRole_WhenTheUserLacksTheRole_IsForbidden(string role)
    {
        var member = ActingUser.Create("u2", [role]);

        Should.Throw<ForbiddenAccessException>(() => member.RequireRole(Roles.Curator))
            .Message.ShouldContain(Roles.Curator);
        member.IsCurator.ShouldBeFalse();
    }

    [Fact]
    public void Roles_AreCompared_CaseSensitively_AsIdentityStoresThem()
    {
        var impostor = ActingUser.Create("u3", ["curator"]);

        impostor.IsCurator.ShouldBeFalse();
    }
}
