package com.springcoreexplorer.ui.alerts;

import com.springcoreexplorer.mqtt.springcore.alerts.AlertRule;
import com.springcoreexplorer.mqtt.springcore.alerts.AlertRules;
import com.springcoreexplorer.ui.fx.Background;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits the alert rules of a profile as JSON (the same text a {@code watch --rules} file holds):
 * checked on Save, saved with the profile on a worker, applied at once.
 */
public final class AlertRulesDialog {

    static final String HELP = """
            One object per rule; "device" (one reader) and "name" are optional on every rule:
              {"type":"offline"}  {"type":"back"}  {"type":"stale"}  {"type":"reboot"}
              {"type":"noReads","minutes":10}   {"type":"rssiBelow","threshold":-70,"interface":"13.56"}
              {"type":"tagWatch","tags":["047DAE02C84080"]}   {"type":"tagAllow","tags":["..."]}
              {"type":"value","topic":"site/+/temp","pointer":"/celsius","op":">","value":30}""";

    private AlertRulesDialog() {}

    /** Opens the editor for {@code profileName} (null: no profile chosen, nothing can be saved). */
    public static Dialog<ButtonType> open(
            Window owner, AlertRulesPort feed, String profileName, Background background) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Alert rules" + (profileName == null ? "" : " - " + profileName));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextArea text = new TextArea(AlertRules.toText(feed.alertRules()));
        text.setId("alertRulesText");
        text.getStyleClass().add("mono");
        text.setPrefSize(640, 320);
        Label help = new Label(HELP);
        help.getStyleClass().addAll("muted", "mono");
        Label problem =
                new Label(profileName == null ? "Choose a connection profile first: rules are saved with it." : "");
        problem.setId("alertRulesProblem");
        problem.getStyleClass().add("text-danger");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, help, text, problem));
        ButtonType save = new ButtonType("Save", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setDisable(profileName == null);
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            // the dialog stays open until the rules are valid and saved
            event.consume();
            List<AlertRule> rules;
            switch (AlertRules.fromText(text.getText())) {
                case AlertRules.Parsed.Invalid invalid -> {
                    problem.setText(invalid.message());
                    return;
                }
                case AlertRules.Parsed.Rules parsed -> rules = parsed.rules();
            }
            saveButton.setDisable(true);
            problem.setText("Saving...");
            background.run(
                    () -> {
                        try {
                            feed.saveAlertRules(profileName, rules);
                            return rules.size();
                        } catch (Exception e) {
                            throw new IllegalStateException(e.getMessage(), e);
                        }
                    },
                    outcome -> {
                        saveButton.setDisable(false);
                        if (outcome.ok()) {
                            dialog.setResult(save);
                            dialog.close();
                        } else {
                            problem.setText("Could not save the rules: "
                                    + outcome.failure().getMessage());
                        }
                    });
        });
        dialog.show();
        return dialog;
    }
}
