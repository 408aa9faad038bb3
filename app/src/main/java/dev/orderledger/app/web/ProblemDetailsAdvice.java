package dev.orderledger.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Turns every exception that leaves a controller into problem details: 400 for malformed or invalid
 * input (with the fields at fault), 404, 409 with the current state, 422 with a reason code, and a
 * 500 that names only the correlation id for anything unexpected.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(BusinessRuleViolation.class)
    ProblemDetail refused(BusinessRuleViolation refusal) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "business-rule", refusal.getMessage());
        problem.setProperty("reason", refusal.reason());
        return problem;
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail conflict(StateConflict conflict) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "state-conflict", conflict.getMessage());
        problem.setProperty("currentState", conflict.currentState());
        return problem;
    }

    @ExceptionHandler({ResourceNotFound.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException absent) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found",
                absent instanceof ResourceNotFound ? absent.getMessage() : "no such resource");
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput invalid) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "the request has invalid fields");
        problem.setProperty("errors", List.of(Map.of("field", invalid.field(), "message", invalid.getMessage())));
        return problem;
    }

    /** Two writers raced on one aggregate, or something was created that exists already. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ProblemDetail concurrentChange(AxonException race) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                "this was changed at the same moment, or it exists already; read it again");
        problem.setProperty("currentState", "CHANGED");
        return problem;
    }

    @ExceptionHandler(InvalidValue.class)
    ProblemDetail invalidValue(InvalidValue invalid) {
        return Problems.of(HttpStatus.BAD_REQUEST, "validation", invalid.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "invalid value for " + mismatch.getName());
        problem.setProperty("errors", List.of(Map.of("field", mismatch.getName(), "message", "has the wrong format")));
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this");
    }

    @ExceptionHandler(NotPermitted.class)
    ProblemDetail notPermitted(NotPermitted denied) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", denied.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException missing) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "a valid bearer token is required"));
    }

    /** Axon hands back handler exceptions wrapped when they crossed a bus or a future. */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class})
    ResponseEntity<?> wrapped(Exception wrapper) throws Exception {
        Throwable cause = wrapper.getCause();
        if (cause instanceof Exception exception && cause != wrapper) {
            ResponseEntity<?> handled = dispatch(exception);
            if (handled != null) {
                return handled;
            }
        }
        return unexpected(wrapper);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                        "the ledger could not complete this request; quote the correlation id when reporting it"));
    }

    @Nullable
    private ResponseEntity<?> dispatch(Exception cause) throws Exception {
        if (cause instanceof BusinessRuleViolation refusal) {
            return ResponseEntity.unprocessableEntity().body(refused(refusal));
        }
        if (cause instanceof StateConflict conflict) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict(conflict));
        }
        if (cause instanceof ResourceNotFound || cause instanceof AggregateNotFoundException) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound((RuntimeException) cause));
        }
        if (cause instanceof AccessDeniedException denied) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden(denied));
        }
        if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(concurrentChange((AxonException) cause));
        }
        if (cause instanceof InvalidValue invalid) {
            return ResponseEntity.badRequest().body(invalidValue(invalid));
        }
        if (cause instanceof NotPermitted denied) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(notPermitted(denied));
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", message(error)))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> Map.of(
                        "field", String.valueOf(result.getMethodParameter().getParameterName()),
                        "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = unreadable.getCause();
        String detail = "the request body is not valid JSON for this endpoint";
        if (cause instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "'";
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            Throwable root = mapping.getCause() != null ? mapping.getCause() : mapping;
            String reason = root instanceof IllegalArgumentException ? root.getMessage()
                    : String.valueOf(mapping.getOriginalMessage()).startsWith("Cannot map `null`") ? "is required"
                    : "has the wrong type or format";
            detail = "invalid value at '" + path + "': " + reason;
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", detail));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType().toString().equals("about:blank")) {
            ProblemDetail typed = Problems.of(HttpStatus.valueOf(status.value()), "http", problem.getDetail());
            return new ResponseEntity<>(typed, response.getHeaders(), response.getStatusCode());
        }
        return response;
    }

    private static ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "the request has invalid fields");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }
}
