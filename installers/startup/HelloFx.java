import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up reference: the smallest JavaFX window, run with the installed app's own runtime by
 * measure-startup.sh. Not an Application itself, so it starts from the class path like the app.
 */
public class HelloFx {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Hello JavaFX");
            stage.setScene(new Scene(new Label("Hello"), 320, 200));
            stage.show();
        }
    }
}
