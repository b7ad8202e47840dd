using System.ComponentModel.DataAnnotations;

namespace TescForce.Application.Common;

/// <summary>Runs the DataAnnotations of a DTO on the server too: the UI's checks are a convenience, not a defence.</summary>
public static class InputValidation
{
    public static Dictionary<string, List<string>> Collect(object input)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                Add(errors, member, result.ErrorMessage ?? Messages.Common_ValueNotValid);
            }
        }

        return errors;
    }

    public static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public static void ThrowIfAny(Dictionary<string, List<string>> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }

    public static void Validate(object input) => ThrowIfAny(Collect(input));
}
