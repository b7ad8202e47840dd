using Microsoft.AspNetCore.Components.Forms;
using TescForce.Application.Common;

namespace TescForce.Web.Components.Account.Shared;

/// <summary>Shows the Application layer's validation messages next to the fields of a static form.</summary>
internal static class ServerValidation
{
    public static void Show(EditContext editContext, ValidationMessageStore store, ValidationFailedException exception)
    {
        store.Clear();
        foreach (var (field, messages) in exception.Errors)
        {
            var identifier = editContext.Model.GetType().GetProperty(field) is null
                ? new FieldIdentifier(editContext.Model, string.Empty)
                : editContext.Field(field);
            store.Add(identifier, messages);
        }

        editContext.NotifyValidationStateChanged();
    }
}
