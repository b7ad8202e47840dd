using MudBlazor;
using TescForce.Application.Common;
using TescForce.Domain.Common;

namespace TescForce.Web.Components.Pages.Admin.Taxonomy;

/// <summary>Runs a curator's change of the taxonomy and tells the result in a snackbar.</summary>
public static class TaxonomyFeedback
{
    /// <summary>True when the change was made; refusals are shown with the service's message.</summary>
    public static async Task<bool> RunAsync(ISnackbar snackbar, Func<Task> action, string success)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action();
            snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (ValidationFailedException ex)
        {
            snackbar.Add(string.Join(" ", ex.Errors.SelectMany(e => e.Value)), Severity.Error);
        }
        catch (DomainException ex)
        {
            snackbar.Add(ex.Message, Severity.Error);
        }
        catch (NotFoundException ex)
        {
            snackbar.Add(ex.Message, Severity.Error);
        }

        return false;
    }
}
