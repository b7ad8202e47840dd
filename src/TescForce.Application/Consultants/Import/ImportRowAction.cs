namespace TescForce.Application.Consultants.Import;

public enum ImportRowAction
{
    /// <summary>No profile of the company has the row's external reference: a draft is created.</summary>
    Create,

    /// <summary>The profile with the row's external reference is updated.</summary>
    Update,

    /// <summary>The profile already holds exactly these values: nothing is written.</summary>
    Unchanged,

    /// <summary>The row has errors: it is not imported.</summary>
    Invalid,
}
