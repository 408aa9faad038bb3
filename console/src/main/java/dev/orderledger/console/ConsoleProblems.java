package dev.orderledger.console;

import dev.orderledger.api.common.ResourceNotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * What the console's pages answer when something is not there or not the reader's: a page saying so, in the
 * console's frame (the API's problem details are JSON, for programs). Something one may not read is
 * answered as not there, as the API does, so that nobody learns another seller's order exists.
 */
@ControllerAdvice(basePackages = "dev.orderledger.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleProblems {

    @ExceptionHandler(ResourceNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(ResourceNotFound absent, Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", absent.getMessage());
        return "console/problem";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(AccessDeniedException denied, Model model) {
        model.addAttribute("title", "Not for your role");
        model.addAttribute("message", denied.getMessage());
        return "console/problem";
    }
}
