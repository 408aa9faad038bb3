package dev.orderledger.app.web;

import dev.orderledger.api.security.UserId;
import dev.orderledger.api.security.Actor;
import dev.orderledger.api.security.Role;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Gives controllers the authenticated {@link Actor} from the bearer token. */
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private static final Set<String> ROLE_NAMES = Arrays.stream(Role.values()).map(Enum::name).collect(Collectors.toSet());

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType()) || isOptionalActor(parameter);
    }

    /**
     * The actor; an {@code Optional<Actor>} parameter (an endpoint open to guests too) is empty for a
     * request without a bearer token.
     */
    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        if (isOptionalActor(parameter)) {
            return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken
                    ? Optional.of(current()) : Optional.empty();
        }
        return current();
    }

    private static boolean isOptionalActor(MethodParameter parameter) {
        return Optional.class.equals(parameter.getParameterType())
                && parameter.getGenericParameterType() instanceof ParameterizedType optional
                && Actor.class.equals(optional.getActualTypeArguments()[0]);
    }

    static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            throw new AuthenticationCredentialsNotFoundException("a bearer token is required");
        }
        Set<Role> roles = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .filter(ROLE_NAMES::contains)
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new Actor(UserId.of(token.getName()), roles);
    }
}
