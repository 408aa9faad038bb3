package dev.orderledger.app.web;

import dev.orderledger.api.common.BusinessRuleViolation;
import dev.orderledger.api.common.IdUnavailable;
import dev.orderledger.api.common.InvalidValue;
import dev.orderledger.api.common.NotPermitted;
import dev.orderledger.api.common.ResourceNotFound;
import dev.orderledger.api.common.StateConflict;
import dev.orderledger.api.order.CheckoutRejected;
import dev.orderledger.api.order.PlacementRejected;
import dev.orderledger.api.signature.CallbackRejected;
import dev.orderledger.query.consistency.ReadModelBehind;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.axonframework.commandhandling.CommandExecutionException;
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
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Turns every exception that leaves a controller into problem details: 400 for malformed or invalid
 * input (always with the fields at fault, see {@link RequestErrors}), 404, 409 with the current
 * state, 422 with a reason code, and a 500 that names only the correlation id for anything unexpected.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** The ledger's refusals, Axon's missing aggregates and races, and role checks: one mapping, {@link #problemFor}. */
    @ExceptionHandler({BusinessRuleViolation.class, StateConflict.class, ResourceNotFound.class,
            AggregateNotFoundException.class, InvalidInput.class, InvalidValue.class, ConcurrencyException.class,
            AggregateStreamCreationException.class, AccessDeniedException.class, NotPermitted.class,
            CallbackRejected.class, RequestRejectedException.class})
    ProblemDetail refusal(Exception refusal) {
        return problemFor(refusal).orElseThrow();
    }

    /** A read that was given a consistency token and could not see that write in time: 503, read again soon. */
    @ExceptionHandler(ReadModelBehind.class)
    ResponseEntity<ProblemDetail> behind(ReadModelBehind behind) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "read-model-behind", behind.getMessage()));
    }

    /** A variable or parameter that could not be converted, by its name; the parser's own words when it gave them. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        String message = RequestErrors.wrongFormat(mismatch.getRequiredType());
        for (Throwable cause = mismatch.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidValue invalid) {
                message = invalid.getMessage();
                break;
            }
        }
        return Problems.malformed("invalid value for " + mismatch.getName() + ": " + message,
                List.of(Problems.error(mismatch.getName(), message)));
    }

    /** Method validation by {@code @Validated} on a bean: each parameter by its name. */
    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException invalid) {
        return Problems.invalid("the request has invalid fields", invalid.getConstraintViolations().stream()
                .map(violation -> Problems.error(lastNodeOf(violation.getPropertyPath()), message(violation.getMessage())))
                .sorted(Comparator.comparing(error -> error.get("field")))
                .toList());
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException missing) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(Problems.unauthenticated());
    }

    /** Axon hands back handler exceptions wrapped when they crossed a bus or a future. */
    @ExceptionHandler({CommandExecutionException.class, QueryExecutionException.class, CompletionException.class})
    ResponseEntity<ProblemDetail> wrapped(Exception wrapper) {
        return problemFor(wrapper.getCause())
                .map(problem -> ResponseEntity.status(problem.getStatus()).body(problem))
                .orElseGet(() -> unexpected(wrapper));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Unexpected failure", failure);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                        "the ledger could not complete this request; quote the correlation id when reporting it"));
    }

    /**
     * 422 with a reason code for a business refusal, 409 naming the current state for a conflict
     * (a race on one aggregate included), 404 for what is absent or not the caller's, 400 for a value
     * or field that failed a check or a request the firewall refused, 403 for a role that may not, 401
     * for a partner's callback that fails its signature check; empty for anything else.
     */
    private static Optional<ProblemDetail> problemFor(Throwable failure) {
        ProblemDetail problem;
        if (failure instanceof BusinessRuleViolation refusal) {
            problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "business-rule", refusal.getMessage());
            problem.setProperty("reason", refusal.reason());
            if (refusal instanceof PlacementRejected rejected) {
                problem.setProperty("orderId", rejected.orderId());
            }
            if (refusal instanceof CheckoutRejected rejected && rejected.line() != null) {
                problem.setProperty("line", Map.of("productId", rejected.line().productId(), "skuId", rejected.line().skuId()));
            }
        } else if (failure instanceof IdUnavailable) {
            problem = Problems.of(HttpStatus.CONFLICT, "id-unavailable", IdUnavailable.MESSAGE);
        } else if (failure instanceof StateConflict conflict) {
            problem = Problems.of(HttpStatus.CONFLICT, "state-conflict", conflict.getMessage());
            problem.setProperty("currentState", conflict.currentState());
        } else if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException) {
            problem = Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                    "this was changed at the same moment, or it exists already; read it again");
            problem.setProperty("currentState", "CHANGED");
        } else if (failure instanceof ResourceNotFound absent) {
            problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", absent.getMessage());
        } else if (failure instanceof AggregateNotFoundException) {
            problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "no such resource");
        } else if (failure instanceof InvalidInput invalid) {
            problem = Problems.invalid("the request has invalid fields", invalid.errors());
        } else if (failure instanceof InvalidValue invalid) {
            String field = invalid.field() != null ? invalid.field() : Problems.WHOLE_BODY;
            problem = Problems.invalid(invalid.getMessage(), List.of(Problems.error(field, invalid.getMessage())));
        } else if (failure instanceof RequestRejectedException rejected) {
            problem = RequestErrors.rejected(rejected);
        } else if (failure instanceof NotPermitted denied) {
            problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", denied.getMessage());
        } else if (failure instanceof AccessDeniedException) {
            problem = Problems.forbidden();
        } else if (failure instanceof CallbackRejected rejected) {
            problem = Problems.of(HttpStatus.UNAUTHORIZED, "invalid-signature", rejected.getMessage());
        } else {
            return Optional.empty();
        }
        return Optional.of(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return validationProblem(invalid.getBindingResult().getAllErrors().stream().map(ProblemDetailsAdvice::error).toList());
    }

    /**
     * Method validation covers the whole call: a {@code @Valid} body reports each of its fields by its
     * path in the body; a constrained parameter, variable or header by the name the client used.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> error instanceof ObjectError object
                        ? error(object)
                        : Problems.error(RequestErrors.nameOf(result.getMethodParameter()), message(error.getDefaultMessage()))))
                .toList();
        return validationProblem(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(UnreadableBody.problemFor(unreadable));
    }

    /** Spring's own answers: typed like ours, and every 400 names what is at fault. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(failure, body, headers, status, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail problem)) {
            return response;
        }
        ProblemDetail typed = problem;
        if (status.value() == HttpStatus.BAD_REQUEST.value()
                && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            typed = Problems.malformed(String.valueOf(problem.getDetail()), List.of(RequestErrors.errorOf(failure, problem.getDetail())));
        } else if (problem.getType().toString().equals("about:blank")) {
            String type = status.value() == HttpStatus.NOT_FOUND.value() ? "not-found" : "http";
            typed = Problems.of(HttpStatus.valueOf(status.value()), type, problem.getDetail());
        }
        return new ResponseEntity<>(typed, response.getHeaders(), response.getStatusCode());
    }

    private static ResponseEntity<Object> validationProblem(List<Map<String, String>> errors) {
        return ResponseEntity.badRequest().body(Problems.invalid("the request has invalid fields", errors));
    }

    private static Map<String, String> error(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : Problems.WHOLE_BODY;
        return Problems.error(field, message(error.getDefaultMessage()));
    }

    private static String lastNodeOf(Path path) {
        String name = Problems.WHOLE_BODY;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static String message(String defaultMessage) {
        return defaultMessage == null ? "is invalid" : defaultMessage;
    }
}
