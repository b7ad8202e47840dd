using MudBlazor;

namespace TescForce.Web.Components.Shared;

public static class DialogServiceExtensions
{
    /// <summary>Asks for a refusal reason; null when the user cancels.</summary>
    public static Task<string?> AskReasonAsync(this IDialogService dialogs, string title, string message, string confirmText) =>
        AskTextAsync(dialogs, title, message, null, confirmText, Color.Error);

    /// <summary>Asks for a required text (a request's message, say); null when the user cancels.</summary>
    public static async Task<string?> AskTextAsync(this IDialogService dialogs, string title, string message, string? fieldLabel, string confirmText,
        Color confirmColor = Color.Primary)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Message, message },
            { d => d.ConfirmText, confirmText },
            { d => d.FieldLabel, fieldLabel },
            { d => d.ConfirmColor, confirmColor },
        };
        var dialog = await dialogs.ShowAsync<ReasonDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string reason } ? reason : null;
    }

    /// <summary>Asks to confirm a destructive or irreversible action.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirmText, string cancelText)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync(title, message, yesText: confirmText, cancelText: cancelText);
        return confirmed == true;
    }
}
