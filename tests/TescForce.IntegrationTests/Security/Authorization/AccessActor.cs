namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>Who knocks: the columns of the access table, in its order. Members and keys are those of company A and client A.</summary>
public enum AccessActor
{
    Anonymous,
    ClientMember,
    CompanyMember,
    Curator,
    CompanyKey,
    ClientKey,
}
